/// For every table a `products` document reads, the SQL that names the products touched by rows the
/// table got since a watermark: `$1` is the watermark as `xid8` text (the low 32 bits of a snapshot
/// xmin), compared with the row's `xmin`, so late commits, frozen `updated_at` and DB-side edits are
/// all seen (medusa-schema.md §4). Each statement returns one column of product ids (duplicates allowed).
///
/// A changed child row marks its parent product dirty (variant → product, tag → products carrying it,
/// category → products in it or below it, inventory level → variants' products, …); removed rows are
/// not visible here — `ProductFingerprintQueries` finds them.
enum ProductChangeQueries {
    static func sql(_ layout: MedusaSchemaLayout) -> [(table: String, sql: String)] {
        var queries: [(String, String)] = [
            ("product", "SELECT id FROM product WHERE \(changed("product"))"),
            ("product_variant", "SELECT product_id FROM product_variant WHERE \(changed("product_variant")) AND product_id IS NOT NULL"),
            ("product_variant_option", """
                SELECT v.product_id FROM product_variant_option pvo JOIN product_variant v ON v.id = pvo.variant_id
                WHERE \(changed("pvo"))
                """),
            ("product_tag", """
                SELECT pt.product_id FROM product_tag t JOIN product_tags pt ON pt.product_tag_id = t.id WHERE \(changed("t"))
                """),
            ("product_tags", "SELECT product_id FROM product_tags WHERE \(changed("product_tags"))"),
            // a category change (rename, activation, move) reaches the products in it and below it
            ("product_category", """
                SELECT pcp.product_id FROM product_category c
                JOIN product_category d ON position(c.id IN d.mpath) > 0
                JOIN product_category_product pcp ON pcp.product_category_id = d.id
                WHERE \(changed("c"))
                """),
            ("product_category_product", "SELECT product_id FROM product_category_product WHERE \(changed("product_category_product"))"),
            ("product_collection", """
                SELECT p.id FROM product_collection c JOIN product p ON p.collection_id = c.id WHERE \(changed("c"))
                """),
            ("product_type", "SELECT p.id FROM product_type t JOIN product p ON p.type_id = t.id WHERE \(changed("t"))"),
            ("image", "SELECT product_id FROM image WHERE \(changed("image"))"),
            ("product_sales_channel", "SELECT product_id FROM product_sales_channel WHERE \(changed("product_sales_channel"))"),
            ("sales_channel", """
                SELECT psc.product_id FROM sales_channel sc JOIN product_sales_channel psc ON psc.sales_channel_id = sc.id
                WHERE \(changed("sc"))
                """),
            ("sales_channel_stock_location", """
                SELECT psc.product_id FROM sales_channel_stock_location scl
                JOIN product_sales_channel psc ON psc.sales_channel_id = scl.sales_channel_id WHERE \(changed("scl"))
                """),
            ("product_variant_price_set", """
                SELECT v.product_id FROM product_variant_price_set l JOIN product_variant v ON v.id = l.variant_id WHERE \(changed("l"))
                """),
            ("price_set", """
                SELECT v.product_id FROM price_set s JOIN product_variant_price_set l ON l.price_set_id = s.id
                JOIN product_variant v ON v.id = l.variant_id WHERE \(changed("s"))
                """),
            ("product_variant_inventory_item", """
                SELECT v.product_id FROM product_variant_inventory_item l JOIN product_variant v ON v.id = l.variant_id
                WHERE \(changed("l"))
                """),
            ("inventory_item", """
                SELECT v.product_id FROM inventory_item i JOIN product_variant_inventory_item l ON l.inventory_item_id = i.id
                JOIN product_variant v ON v.id = l.variant_id WHERE \(changed("i"))
                """),
            ("inventory_level", """
                SELECT v.product_id FROM inventory_level il JOIN product_variant_inventory_item l ON l.inventory_item_id = il.inventory_item_id
                JOIN product_variant v ON v.id = l.variant_id WHERE \(changed("il"))
                """),
        ]
        // Options reach products through the product's option links and through its variants' values.
        let viaVariants = """
            SELECT v.product_id FROM product_option_value ov
            JOIN product_variant_option pvo ON pvo.option_value_id = ov.id JOIN product_variant v ON v.id = pvo.variant_id
            """
        if layout.globalOptions {
            queries += [
                ("product_option", """
                    SELECT ppo.product_id FROM product_option o JOIN product_product_option ppo ON ppo.product_option_id = o.id
                    WHERE \(changed("o"))
                    UNION \(viaVariants) JOIN product_option o ON o.id = ov.option_id WHERE \(changed("o"))
                    """),
                ("product_option_value", """
                    SELECT ppo.product_id FROM product_option_value ov
                    JOIN product_product_option_value ppov ON ppov.product_option_value_id = ov.id
                    JOIN product_product_option ppo ON ppo.id = ppov.product_product_option_id WHERE \(changed("ov"))
                    UNION \(viaVariants) WHERE \(changed("ov"))
                    """),
                ("product_product_option", "SELECT product_id FROM product_product_option WHERE \(changed("product_product_option"))"),
                ("product_product_option_value", """
                    SELECT ppo.product_id FROM product_product_option_value ppov
                    JOIN product_product_option ppo ON ppo.id = ppov.product_product_option_id WHERE \(changed("ppov"))
                    """),
            ]
        } else {
            queries += [
                ("product_option", "SELECT product_id FROM product_option WHERE \(changed("product_option"))"),
                ("product_option_value", """
                    SELECT o.product_id FROM product_option_value ov JOIN product_option o ON o.id = ov.option_id WHERE \(changed("ov"))
                    UNION \(viaVariants) WHERE \(changed("ov"))
                    """),
            ]
        }
        return queries
    }

    /// `alias.xmin` at or after the watermark `$1`.
    static func changed(_ alias: String) -> String { "\(alias).xmin::text::xid8 >= $1::xid8" }
}
