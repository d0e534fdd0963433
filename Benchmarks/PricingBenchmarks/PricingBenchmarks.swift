// Pricing budgets (issue): with 1M prices, 10k price lists and 50 customer groups, a 50-line cart
// for a customer in 3 groups p95 ≤ 50 µs, 100 search hits p95 ≤ 30 µs, building the book from 1M
// rows ≤ 10 s and ≤ 400 MB resident. `LOUPE_BENCH_SCALE=small` uses 10k prices so that CI can run
// every benchmark quickly (its figures are not comparable with the budgets).
import Benchmark
import Foundation
import Pricing

/// Size of the synthetic book for this run.
enum BenchScale {
    static let isSmall = ProcessInfo.processInfo.environment["LOUPE_BENCH_SCALE"] == "small"
    static let spec = isSmall
        ? SyntheticPriceBook(priceSetCount: 1_000, priceCount: 10_000, priceListCount: 200, customerGroupCount: 50)
        : SyntheticPriceBook(priceSetCount: 100_000, priceCount: 1_000_000, priceListCount: 10_000, customerGroupCount: 50)
    static let label = isSmall ? "10k prices" : "1M prices"
}

/// Inputs built once (Swift globals are initialised lazily and thread-safely), outside any measurement.
/// The pools of carts and search pages cover the whole book (4 096 × 50 or × 100 random variants),
/// so iterations meet a cold book as in production, not a few cached sets.
enum Fixture {
    static let poolSize = 4_096
    static let rows = BenchScale.spec.rows()
    static let book = try! PriceBook(rows: rows)
    /// One instant inside the seasonal lists' windows, so the answer does not depend on the day.
    static let now = PricingInstant(iso8601: "2025-06-15T12:00:00Z")!
    /// Customers in 3 groups plus a company.
    static let contexts = (0..<64).map { try! BenchScale.spec.customerContext(groups: 3, variant: UInt64($0)) }
    static let carts: [[CartLine]] = {
        var rng = SplitMix64(seed: 7)
        return (0..<poolSize).map { _ in
            (0..<50).map { _ in
                CartLine(variantId: SyntheticPriceBook.variantId(Int(rng.next() % UInt64(BenchScale.spec.priceSetCount))),
                         quantity: Int64(1 + rng.next() % 60))
            }
        }
    }()
    static let hitIds: [[String]] = {
        var rng = SplitMix64(seed: 11)
        return (0..<poolSize).map { _ in
            (0..<100).map { _ in SyntheticPriceBook.variantId(Int(rng.next() % UInt64(BenchScale.spec.priceSetCount))) }
        }
    }()
    static let hitHandles: [[VariantHandle]] = hitIds.map { page in page.map { book.variantHandle(for: $0)! } }
}

let benchmarks: @Sendable () -> Void = {
    let small = BenchScale.isSmall
    let fast = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .microseconds, warmupIterations: small ? 1 : 200,
        maxDuration: .seconds(small ? 1 : 10), maxIterations: small ? 50 : 20_000)

    Benchmark("Build book from \(BenchScale.label) rows",
              configuration: .init(metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .milliseconds,
                                   warmupIterations: 0, maxDuration: .seconds(small ? 1 : 60), maxIterations: small ? 3 : 5,
                                   setup: { _ = Fixture.rows })) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try PriceBook(rows: Fixture.rows).priceCount)
        }
    }

    Benchmark("Cart 50 lines, customer in 3 groups (\(BenchScale.label))",
              configuration: withSetup(fast) { _ = Fixture.book; _ = Fixture.carts }) { benchmark in
        for _ in benchmark.scaledIterations {
            let k = Cursor.shared.next()
            let lines = warmed(Fixture.carts[k % Fixture.carts.count], benchmark)
            let cart = try Fixture.book.priceCart(lines: lines,
                                                  context: Fixture.contexts[k % Fixture.contexts.count], at: Fixture.now)
            blackHole(cart.subtotal)
        }
    }

    Benchmark("Cart 50 lines with tier hints (\(BenchScale.label))",
              configuration: withSetup(fast) { _ = Fixture.book; _ = Fixture.carts }) { benchmark in
        for _ in benchmark.scaledIterations {
            let k = Cursor.shared.next()
            let lines = warmed(Fixture.carts[k % Fixture.carts.count], benchmark)
            let cart = try Fixture.book.priceCart(lines: lines,
                                                  context: Fixture.contexts[k % Fixture.contexts.count],
                                                  options: CartPricingOptions(includeTierHints: true), at: Fixture.now)
            blackHole(cart.subtotal)
        }
    }

    Benchmark("Price 100 hits by handle (\(BenchScale.label))",
              configuration: withSetup(fast) { _ = Fixture.hitHandles }) { benchmark in
        for _ in benchmark.scaledIterations {
            let k = Cursor.shared.next()
            blackHole(Fixture.book.resolveBatch(handles: warmed(Fixture.hitHandles[k % Fixture.hitHandles.count], benchmark),
                                                context: Fixture.contexts[k % Fixture.contexts.count], at: Fixture.now))
        }
    }

    Benchmark("Price 100 hits by variant id (\(BenchScale.label))",
              configuration: withSetup(fast) { _ = Fixture.book; _ = Fixture.hitIds }) { benchmark in
        for _ in benchmark.scaledIterations {
            let k = Cursor.shared.next()
            blackHole(Fixture.book.resolveBatch(variantIds: warmed(Fixture.hitIds[k % Fixture.hitIds.count], benchmark),
                                                context: Fixture.contexts[k % Fixture.contexts.count], at: Fixture.now))
        }
    }
}

/// `configuration` with a setup hook that builds the shared inputs before warm-up.
func withSetup(_ configuration: Benchmark.Configuration, _ setup: @escaping @Sendable () -> Void) -> Benchmark.Configuration {
    var c = configuration
    c.setup = { setup() }
    return c
}

/// Reads `input` (as the request parser just did in production) and then starts the measurement,
/// so that only the book's memory is cold.
func warmed<T: Hashable>(_ input: [T], _ benchmark: Benchmark) -> [T] {
    var hasher = Hasher()
    for item in input { hasher.combine(item) }
    blackHole(hasher.finalize())
    benchmark.startMeasurement()
    return input
}

/// Which cart / page / context the next iteration uses: a counter that survives across calls
/// of a benchmark closure (the runner calls it once per iteration). Iterations run one at a time.
final class Cursor: @unchecked Sendable {
    static let shared = Cursor()
    private var k = 0
    func next() -> Int {
        k &+= 1
        return k
    }
}
