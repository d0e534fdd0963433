extension IndexSettings {
    /// Default settings for a Medusa `products` index serving a storefront: search the names shoppers
    /// type (title, SKU, variant and option names, tags, categories, collection, type, then the
    /// description), filter on what storefront facets and channel scoping need, sort by date and title.
    /// Callers override any field before handing the settings to `CatalogSync`.
    public static var medusaStorefront: IndexSettings {
        var settings = IndexSettings()
        settings.searchableAttributes = [
            "title", "subtitle", "variants.sku", "variants.title", "tags.value", "categories.name",
            "collection.title", "type.value", "variants.options", "handle", "description",
        ]
        settings.filterableAttributes = [
            "id", "handle", "sales_channel_ids", "categories.id", "categories.handle", "collection.id",
            "collection.handle", "type.value", "tags.value", "in_stock", "is_giftcard", "variants.sku",
            "variants.options", "created_at", "updated_at",
        ].map { FilterableAttributeRule(name: $0) }
        settings.sortableAttributes = ["created_at", "updated_at", "title"]
        return settings
    }
}
