public import LoupeJSON

extension CatalogGenerator {
    /// Meilisearch settings that suit the generated catalogue in a storefront: what is searched (most
    /// important first), filtered, faceted and sorted, and the catalogue's synonym groups. The demo, the
    /// tests and the benchmarks configure their `products` index with it.
    public static var searchSettings: JSONValue {
        var synonyms = JSONObject()
        for (word, others) in demoSynonyms.sorted(by: { $0.key < $1.key }) {
            synonyms[word] = .array(others.map { .string($0) })
        }
        return .object([
            "searchableAttributes": ["title", "brand", "tags", "color", "material", "categories", "description"],
            "filterableAttributes": ["brand", "categories", "category", "color", "sizes", "material", "price", "in_stock", "rating"],
            "sortableAttributes": ["price", "created_at", "rating"],
            "synonyms": .object(synonyms),
        ])
    }
}
