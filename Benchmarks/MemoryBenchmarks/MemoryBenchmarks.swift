import BenchSupport
import Benchmark
import CatalogGenerator
import Indexer
import Pricing

/// Resident memory budgets: the index of 1M products ≤ 1 GB (issue 2) and the price book built from 1M
/// price rows ≤ 400 MB (issue 4). Each is the growth of the process's resident set while the structure is
/// built and still alive, its inputs (catalogue bytes, price rows) already resident before and excluded;
/// memory the allocator keeps after freeing the builders' scratch counts, as it does in production.
/// Reported in MB as custom metrics; the wall-clock time of the build is recorded too.
let productCount = BenchCatalogue.productCount
let smoke = BenchCatalogue.isSmoke

let residentMB = BenchmarkMetric.custom("resident MB", polarity: .prefersSmaller, useScalingFactor: false)

/// One build per benchmark. Nanosecond units keep the custom metric unscaled in the exports (countable
/// metrics are divided by the time unit's divisor).
nonisolated(unsafe) let once = Benchmark.Configuration(metrics: [.wallClock, residentMB], timeUnits: .nanoseconds, warmupIterations: 0,
                                                      maxDuration: .seconds(300), maxIterations: 1)

let catalogue = BenchCatalogue.ndjson()
let priceSpec = smoke
    ? SyntheticPriceBook(priceSetCount: 1_000, priceCount: 10_000, priceListCount: 200, customerGroupCount: 50)
    : SyntheticPriceBook(priceSetCount: 100_000, priceCount: 1_000_000, priceListCount: 10_000, customerGroupCount: 50)
let priceLabel = smoke ? "10k prices" : "1M prices"

let benchmarks: @Sendable () -> Void = {
    Benchmark("index resident memory (\(productCount) products)", configuration: once) { benchmark in
        let bytes = catalogue
        benchmark.startMeasurement()
        let built = try ResidentMemory.growth { () throws -> Index in
            let index = Index(uid: "products", primaryKey: "id")
            index.updateSettings(try index.settings.applying(CatalogGenerator.searchSettings))
            try index.addDocuments(ndjson: bytes)
            return index
        }
        benchmark.stopMeasurement()
        benchmark.measurement(residentMB, built.bytes >> 20)
        blackHole(built.value.documentCount)
    }

    Benchmark("price book resident memory (\(priceLabel))", configuration: once) { benchmark in
        let rows = priceSpec.rows()
        benchmark.startMeasurement()
        let built = try ResidentMemory.growth { try PriceBook(rows: rows) }
        benchmark.stopMeasurement()
        benchmark.measurement(residentMB, built.bytes >> 20)
        blackHole(built.value.priceCount)
    }
}
