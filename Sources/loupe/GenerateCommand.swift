import ArgumentParser
import CatalogGenerator

/// `loupe generate`: writes a seeded synthetic catalog (`products.ndjson`) and, unless
/// `--no-prices`, its Medusa price tables (`prices/<table>.ndjson`) to a directory, then prints
/// what it wrote and how long it took. Invalid counts or options stop it before anything is written.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic e-commerce catalog and its price tables as NDJSON."
    )

    enum PricePreset: String, ExpressibleByArgument, CaseIterable {
        /// Eight customer groups, 40 price lists of 200 prices: a rich demo.
        case demo
        /// 50 customer groups, 10,000 price lists of 25 prices: the benchmark's scale.
        case benchmark
    }

    @Option(help: "Number of products (1...\(CatalogGenerator.maximumProductCount)).")
    var products: Int

    @Option(help: "Seed; the same seed always gives the same catalog.")
    var seed: UInt64 = 42

    @Option(help: "Output directory (created if missing).")
    var out: String

    @Flag(inversion: .prefixedNo, help: "Also write the price tables under <out>/prices.")
    var prices = true

    @Option(help: "Price table scale: demo or benchmark.")
    var pricePreset: PricePreset = .demo

    @Option(help: "Override the preset's number of price lists.")
    var priceLists: Int?

    @Option(help: "Override the preset's number of customer groups (1...50).")
    var customerGroups: Int?

    @Option(help: "Override the preset's number of prices per price list.")
    var pricesPerList: Int?

    func validate() throws {
        guard (1...CatalogGenerator.maximumProductCount).contains(products) else {
            throw CatalogGenerationError.productCountOutOfRange(count: products, limit: CatalogGenerator.maximumProductCount)
        }
        try priceOptions()?.validate()
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let export = try CatalogExport(
            generator: CatalogGenerator(seed: seed), productCount: products, priceOptions: try priceOptions())
        let summary = try export.write(to: out)
        let elapsed = clock.now - started

        print("wrote \(summary.productCount) products (\(summary.productBytes) bytes) to \(out)/products.ndjson")
        if !summary.priceRows.isEmpty {
            print("wrote price tables (\(summary.priceBytes) bytes) to \(out)/prices:")
            for table in PriceTable.allCases {
                print("  \(table.fileName): \(summary.priceRows[table] ?? 0) rows")
            }
        }
        let milliseconds = elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let hundredths = milliseconds / 10 % 100
        print("seed \(seed), elapsed \(milliseconds / 1_000).\(hundredths < 10 ? "0" : "")\(hundredths) s")
    }

    /// The price options the flags ask for, or nil with `--no-prices`.
    private func priceOptions() throws -> PriceGenerationOptions? {
        guard prices else { return nil }
        var options = pricePreset == .benchmark ? PriceGenerationOptions.benchmark : PriceGenerationOptions()
        if let priceLists { options.priceListCount = priceLists }
        if let customerGroups { options.customerGroupCount = customerGroups }
        if let pricesPerList { options.pricesPerList = pricesPerList }
        return options
    }
}
