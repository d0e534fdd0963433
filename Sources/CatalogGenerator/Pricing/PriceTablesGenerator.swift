/// Writes the Medusa v2 price tables for the first `productCount` products of a catalog: one
/// price set per variant, base prices in every currency (some in quantity tiers), some
/// region-scoped prices, customer groups, price lists with their rules and prices, and the
/// tax-inclusivity preferences.
///
/// Rows depend only on the seed, the product count and the options, and come out in a fixed
/// order: per product and variant its set, link and prices, then the lists, then the small
/// reference tables. Amounts are integer minor units written as exact decimals (`raw_amount.value`
/// and the numeric `amount` carry the same text). Construction validates everything, so writing
/// cannot fail except through the sink.
public struct PriceTablesGenerator: Sendable {
    public let catalog: CatalogGenerator
    public let productCount: Int
    public let options: PriceGenerationOptions
    let groups: CustomerGroups
    let draws: PriceDraws
    /// `regionCurrency[r]`: index into `options.currencies` of region `r`'s currency.
    let regionCurrency: [Int]

    public init(
        catalog: CatalogGenerator, productCount: Int, options: PriceGenerationOptions = PriceGenerationOptions()
    ) throws(CatalogGenerationError) {
        try CatalogGenerator.validate(productCount: productCount)
        try options.validate()
        self.catalog = catalog
        self.productCount = productCount
        self.options = options
        groups = CustomerGroups(count: options.customerGroupCount)
        draws = PriceDraws(options: options)
        regionCurrency = options.regions.map { region in
            options.currencies.firstIndex { $0.code == region.currencyCode } ?? 0
        }
    }

    /// Generates every table, handing NDJSON chunks (whole rows, ending in a newline) to `sink`
    /// together with their table; returns the number of rows per table.
    @discardableResult
    public func write<E: Error>(
        flushThreshold: Int = 1 << 20, to sink: (PriceTable, [UInt8]) throws(E) -> Void
    ) throws(E) -> [PriceTable: Int] {
        var rows = TableRows(flushThreshold: max(1, flushThreshold))
        var draft = ProductDraft()
        for product in 0..<productCount {
            draft.draw(index: product, tables: catalog.tables, seed: catalog.seed)
            for variant in 0..<draft.variantCount {
                try writeVariant(product: product, variant: variant + 1, euroCents: draft.variantPriceCents[variant],
                                 rows: &rows, sink: sink)
            }
        }
        for list in 0..<options.priceListCount {
            let plan = PriceListPlan(index: list, seed: catalog.seed, productCount: productCount, options: options, draws: draws)
            try writeList(plan, draft: &draft, rows: &rows, sink: sink)
        }
        try writeReferenceTables(rows: &rows, sink: sink)
        try rows.finish(to: sink)
        return Dictionary(uniqueKeysWithValues: PriceTable.allCases.map { ($0, rows.count(of: $0)) })
    }

    /// Collects every table in memory: for tests and small demo catalogs.
    public func tables() -> [PriceTable: [UInt8]] {
        var collected: [PriceTable: [UInt8]] = [:]
        write { (table: PriceTable, chunk: [UInt8]) throws(Never) in collected[table, default: []] += chunk }
        return collected
    }
}
