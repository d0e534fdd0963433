/// Bucketed fingerprints that reveal hard deletes (pivot rows, replaced children, dropped links, rows
/// whose foreign ids now dangle): each statement pairs a product with the rows of one table that shape
/// its document and returns, per product bucket (`hashtext(product_id) & 1023`), the pair count and a
/// hash sum. A bucket whose fingerprint differs from the last poll's is re-read whole.
///
/// Columns: bucket, count, hash sum. No parameters.
enum ProductFingerprintQueries {
    static func sql(_ layout: MedusaSchemaLayout) -> [(table: String, sql: String)] {
        var queries: [(String, String)] = [
            ("product", fingerprint(product: "p.id", key: "p.id", from: "product p")),
            ("product_variant", fingerprint(product: "v.product_id", key: "v.id", from: "product_variant v")),
            ("product_variant_option", fingerprint(product: "v.product_id", key: "pvo.variant_id || ':' || pvo.option_value_id", from: """
                product_variant_option pvo JOIN product_variant v ON v.id = pvo.variant_id
                """)),
            ("product_tags", fingerprint(product: "t.product_id", key: "t.product_tag_id", from: "product_tags t")),
            ("product_category_product", fingerprint(product: "c.product_id", key: "c.product_category_id", from: "product_category_product c")),
            ("image", fingerprint(product: "i.product_id", key: "i.id", from: "image i")),
            ("product_sales_channel", fingerprint(product: "l.product_id", key: "l.sales_channel_id", from: "product_sales_channel l")),
            // channels are linked without a foreign key: a deleted channel leaves its links dangling
            ("sales_channel", fingerprint(product: "l.product_id", key: "sc.id", from: """
                product_sales_channel l JOIN sales_channel sc ON sc.id = l.sales_channel_id
                """)),
            ("sales_channel_stock_location", fingerprint(product: "l.product_id", key: "s.stock_location_id", from: """
                product_sales_channel l JOIN sales_channel_stock_location s ON s.sales_channel_id = l.sales_channel_id
                """)),
            ("product_variant_price_set", fingerprint(product: "v.product_id", key: "l.price_set_id", from: """
                product_variant_price_set l JOIN product_variant v ON v.id = l.variant_id
                """)),
            ("price_set", fingerprint(product: "v.product_id", key: "s.id", from: """
                product_variant_price_set l JOIN product_variant v ON v.id = l.variant_id JOIN price_set s ON s.id = l.price_set_id
                """)),
            ("product_variant_inventory_item", fingerprint(product: "v.product_id", key: "l.inventory_item_id", from: """
                product_variant_inventory_item l JOIN product_variant v ON v.id = l.variant_id
                """)),
            ("inventory_item", fingerprint(product: "v.product_id", key: "i.id", from: """
                product_variant_inventory_item l JOIN product_variant v ON v.id = l.variant_id
                JOIN inventory_item i ON i.id = l.inventory_item_id
                """)),
            ("inventory_level", fingerprint(product: "v.product_id", key: "il.id", from: """
                product_variant_inventory_item l JOIN product_variant v ON v.id = l.variant_id
                JOIN inventory_level il ON il.inventory_item_id = l.inventory_item_id
                """)),
        ]
        if layout.globalOptions {
            queries += [
                ("product_product_option", fingerprint(product: "o.product_id", key: "o.id", from: "product_product_option o")),
                ("product_product_option_value", fingerprint(product: "o.product_id", key: "ov.id", from: """
                    product_product_option_value ov JOIN product_product_option o ON o.id = ov.product_product_option_id
                    """)),
            ]
        } else {
            queries += [
                ("product_option", fingerprint(product: "o.product_id", key: "o.id", from: "product_option o")),
                ("product_option_value", fingerprint(product: "o.product_id", key: "ov.id", from: """
                    product_option_value ov JOIN product_option o ON o.id = ov.option_id
                    """)),
            ]
        }
        return queries
    }

    /// Per bucket of `product`: how many (product, key) pairs and the sum of their hashes.
    static func fingerprint(product: String, key: String, from: String) -> String {
        """
        SELECT hashtext(\(product)) & 1023 AS bucket, count(*), sum(hashtext(\(product) || '|' || \(key))::bigint)
        FROM \(from) WHERE \(product) IS NOT NULL GROUP BY 1
        """
    }
}
