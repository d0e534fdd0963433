/// Change and fingerprint SQL for the pricing entities a `PriceRowSink` is fed by: price sets (their
/// prices and rules), price lists (their rules), variants' price-set links, and price preferences.
/// Same conventions as `ProductChangeQueries` (`$1` = watermark as xid8 text) and
/// `ProductFingerprintQueries` (bucket, count, hash sum per owner bucket).
enum PriceChangeQueries {
    static let priceSetChanges: [(table: String, sql: String)] = [
        ("price_set", "SELECT id FROM price_set WHERE \(ProductChangeQueries.changed("price_set"))"),
        ("price", "SELECT price_set_id FROM price WHERE \(ProductChangeQueries.changed("price"))"),
        ("price_rule", """
            SELECT p.price_set_id FROM price_rule r JOIN price p ON p.id = r.price_id WHERE \(ProductChangeQueries.changed("r"))
            """),
    ]

    static let priceSetFingerprints: [(table: String, sql: String)] = [
        ("price_set", ProductFingerprintQueries.fingerprint(product: "s.id", key: "s.id", from: "price_set s")),
        ("price", ProductFingerprintQueries.fingerprint(product: "p.price_set_id", key: "p.id", from: "price p")),
        ("price_rule", ProductFingerprintQueries.fingerprint(product: "p.price_set_id", key: "r.id", from: """
            price_rule r JOIN price p ON p.id = r.price_id
            """)),
    ]

    static let priceListChanges: [(table: String, sql: String)] = [
        ("price_list", "SELECT id FROM price_list WHERE \(ProductChangeQueries.changed("price_list"))"),
        ("price_list_rule", "SELECT price_list_id FROM price_list_rule WHERE \(ProductChangeQueries.changed("price_list_rule"))"),
    ]

    static let priceListFingerprints: [(table: String, sql: String)] = [
        ("price_list", ProductFingerprintQueries.fingerprint(product: "l.id", key: "l.id", from: "price_list l")),
        ("price_list_rule", ProductFingerprintQueries.fingerprint(product: "r.price_list_id", key: "r.id", from: "price_list_rule r")),
    ]

    static let variantLinkChanges: [(table: String, sql: String)] = [
        ("product_variant_price_set", """
            SELECT variant_id FROM product_variant_price_set WHERE \(ProductChangeQueries.changed("product_variant_price_set"))
            """),
    ]

    static let variantLinkFingerprints: [(table: String, sql: String)] = [
        ("product_variant_price_set", ProductFingerprintQueries.fingerprint(product: "l.variant_id", key: "l.price_set_id", from: """
            product_variant_price_set l
            """)),
    ]

    static let preferenceChanges: [(table: String, sql: String)] = [
        ("price_preference", "SELECT '' FROM price_preference WHERE \(ProductChangeQueries.changed("price_preference"))"),
    ]

    static let preferenceFingerprints: [(table: String, sql: String)] = [
        ("price_preference", "SELECT 0, count(*), COALESCE(sum(hashtext(id))::bigint, 0) FROM price_preference"),
    ]
}
