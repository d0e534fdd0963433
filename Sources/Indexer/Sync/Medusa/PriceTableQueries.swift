/// The SQL that reads Medusa's pricing tables as rows for a `PriceRowSink`, each row a JSON object
/// with the table's column names in the shape Pricing's row decoder takes (amounts and quantities as
/// decimal text, never floating point; raw_* jsonb as JSON; timestamps ISO-8601). Soft-deleted rows are
/// included with their `deleted_at`, so the sink learns about them too.
///
/// Each read takes `$1 text[]` owner ids and `$2 int[]` owner buckets (`hashtext(owner) & 1023`); a row is
/// read when its owner matches either, and both NULL reads the whole table. Columns: owner id, owner bucket, document.
enum PriceTableQueries {
    /// A read of one table: which entity owns the rows and the statement.
    struct Read {
        let table: String
        let sql: String
    }

    /// `price_set`, `price` and `price_rule`, owned by the price set.
    static let priceSetReads = [
        Read(table: "price_set", sql: """
            SELECT s.id, hashtext(s.id) & 1023, json_build_object('id', s.id, 'deleted_at', s.deleted_at)::text
            FROM price_set s WHERE \(owned("s.id"))
            """),
        Read(table: "price", sql: """
            SELECT p.price_set_id, hashtext(p.price_set_id) & 1023, json_build_object(
              'id', p.id, 'title', p.title, 'price_set_id', p.price_set_id, 'currency_code', p.currency_code,
              'amount', p.amount::text, 'raw_amount', p.raw_amount, 'rules_count', p.rules_count,
              'price_list_id', p.price_list_id, 'min_quantity', p.min_quantity::text, 'max_quantity', p.max_quantity::text,
              'raw_min_quantity', p.raw_min_quantity, 'raw_max_quantity', p.raw_max_quantity, 'deleted_at', p.deleted_at)::text
            FROM price p WHERE \(owned("p.price_set_id"))
            """),
        Read(table: "price_rule", sql: """
            SELECT p.price_set_id, hashtext(p.price_set_id) & 1023, json_build_object(
              'id', r.id, 'price_id', r.price_id, 'attribute', r.attribute, 'operator', r.operator, 'value', r.value,
              'priority', r.priority, 'deleted_at', r.deleted_at)::text
            FROM price_rule r JOIN price p ON p.id = r.price_id WHERE \(owned("p.price_set_id"))
            """),
    ]

    /// `price_list` and `price_list_rule`, owned by the list.
    static let priceListReads = [
        Read(table: "price_list", sql: """
            SELECT l.id, hashtext(l.id) & 1023, json_build_object(
              'id', l.id, 'title', l.title, 'status', l.status, 'type', l.type, 'starts_at', l.starts_at,
              'ends_at', l.ends_at, 'rules_count', l.rules_count, 'deleted_at', l.deleted_at)::text
            FROM price_list l WHERE \(owned("l.id"))
            """),
        Read(table: "price_list_rule", sql: """
            SELECT r.price_list_id, hashtext(r.price_list_id) & 1023, json_build_object(
              'id', r.id, 'price_list_id', r.price_list_id, 'attribute', r.attribute, 'value', r.value,
              'deleted_at', r.deleted_at)::text
            FROM price_list_rule r WHERE \(owned("r.price_list_id"))
            """),
    ]

    /// `product_variant_price_set` links, owned by the variant.
    static let variantLinkReads = [
        Read(table: "product_variant_price_set", sql: """
            SELECT l.variant_id, hashtext(l.variant_id) & 1023, json_build_object(
              'id', l.id, 'variant_id', l.variant_id, 'price_set_id', l.price_set_id, 'deleted_at', l.deleted_at)::text
            FROM product_variant_price_set l WHERE \(owned("l.variant_id"))
            """),
    ]

    /// `price_preference`, all in one bucket (the table is tiny and always read whole).
    static let preferenceReads = [
        Read(table: "price_preference", sql: """
            SELECT '', 0, json_build_object(
              'id', p.id, 'attribute', p.attribute, 'value', p.value, 'is_tax_inclusive', p.is_tax_inclusive,
              'deleted_at', p.deleted_at)::text
            -- always true: the parameters are named only so that their types are known
            FROM price_preference p WHERE ($1::text[] IS NULL OR $1::text[] IS NOT NULL OR $2::int[] IS NULL OR $2::int[] IS NOT NULL)
            """),
    ]

    private static func owned(_ owner: String) -> String {
        "(($1::text[] IS NULL AND $2::int[] IS NULL) OR \(owner) = ANY($1::text[]) OR (hashtext(\(owner)) & 1023) = ANY($2::int[]))"
    }
}
