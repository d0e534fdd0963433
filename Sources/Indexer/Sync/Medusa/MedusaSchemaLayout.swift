/// Which variant of Medusa v2's schema a database has, read from `information_schema` (never from a
/// version number): the option tables changed in v2.17, the variant thumbnail arrived in v2.11.2.
public struct MedusaSchemaLayout: Sendable, Equatable {
    /// v2.17+ global options (`product_product_option`, `product_product_option_value`); otherwise
    /// options belong to one product through `product_option.product_id`.
    public var globalOptions: Bool
    /// `product_option_value.rank` exists (v2.17+).
    public var optionValueRank: Bool
    /// `product_variant.thumbnail` exists (v2.11.2+).
    public var variantThumbnail: Bool

    public init(globalOptions: Bool, optionValueRank: Bool, variantThumbnail: Bool) {
        self.globalOptions = globalOptions
        self.optionValueRank = optionValueRank
        self.variantThumbnail = variantThumbnail
    }

    /// Reads the layout of the connection's current schema.
    public static func detect(_ connection: PostgresConnection) throws(PostgresError) -> MedusaSchemaLayout {
        let result = try connection.query("""
            SELECT
              EXISTS (SELECT 1 FROM information_schema.tables
                      WHERE table_schema = current_schema() AND table_name = 'product_product_option'),
              EXISTS (SELECT 1 FROM information_schema.columns
                      WHERE table_schema = current_schema() AND table_name = 'product_option' AND column_name = 'product_id'),
              EXISTS (SELECT 1 FROM information_schema.columns
                      WHERE table_schema = current_schema() AND table_name = 'product_option_value' AND column_name = 'rank'),
              EXISTS (SELECT 1 FROM information_schema.columns
                      WHERE table_schema = current_schema() AND table_name = 'product_variant' AND column_name = 'thumbnail')
            """)
        let row = result[0]
        let pivot = try row.bool(0) ?? false
        let perProduct = try row.bool(1) ?? false
        return MedusaSchemaLayout(globalOptions: pivot && !perProduct, optionValueRank: try row.bool(2) ?? false,
                                  variantThumbnail: try row.bool(3) ?? false)
    }
}
