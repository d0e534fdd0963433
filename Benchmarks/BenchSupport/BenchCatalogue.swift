import CatalogGenerator
import Foundation

/// The catalogue a benchmark process works on: `LOUPE_BENCH_PRODUCTS` products (default 100,000) of the
/// seeded generator (seed 42), read from `LOUPE_BENCH_CATALOGUE` (the `products.ndjson` that
/// `loupe generate` wrote, cached by `scripts/bench`) when set, otherwise generated in process.
public enum BenchCatalogue {
    public static let generator = CatalogGenerator(seed: 42)

    public static let productCount: Int =
        ProcessInfo.processInfo.environment["LOUPE_BENCH_PRODUCTS"].flatMap(Int.init) ?? 100_000

    /// True when `scripts/bench --smoke` runs the suite: tiny sizes, every benchmark a few times.
    public static let isSmoke = ProcessInfo.processInfo.environment["LOUPE_BENCH_SMOKE"] == "1"

    /// The catalogue file `scripts/bench` wrote, for benchmarks that hand it to a `loupe` process.
    public static var path: String {
        guard let path = ProcessInfo.processInfo.environment["LOUPE_BENCH_CATALOGUE"], !path.isEmpty else {
            fatalError("LOUPE_BENCH_CATALOGUE is not set: run the suite through scripts/bench, which writes the catalogue")
        }
        return path
    }

    /// The catalogue's NDJSON bytes.
    public static func ndjson() -> [UInt8] {
        if let path = ProcessInfo.processInfo.environment["LOUPE_BENCH_CATALOGUE"] {
            guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
            return [UInt8](data)
        }
        do { return try generator.productsNDJSON(range: 0..<productCount) } catch { fatalError("catalogue: \(error)") }
    }
}
