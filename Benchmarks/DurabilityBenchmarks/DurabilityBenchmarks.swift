import BenchSupport
import Benchmark
import CatalogGenerator
import Foundation
import LoupeJSON

/// Issue 7's budgets, measured on the real `loupe` release binary as a child process over HTTP on
/// loopback (data directory prepared by `scripts/bench`: the catalogue of `LOUPE_BENCH_PRODUCTS` products
/// loaded once, which writes a snapshot): restart from the snapshot until `/health` is available and a
/// document is searchable (≤ 10 s at 1M), beside the full reload of the NDJSON (`--in-memory --load`);
/// search p95 while snapshots are written ÷ p95 without (≤ 1.2×); durable single-document writes per
/// second from many concurrent clients (≥ 10k/s).
let productCount = BenchCatalogue.productCount
let smoke = BenchCatalogue.isSmoke

let percentOfQuiet = BenchmarkMetric.custom("p95 ratio percent", polarity: .prefersSmaller, useScalingFactor: false)
let quietMicroseconds = BenchmarkMetric.custom("search quiet us", polarity: .prefersSmaller, useScalingFactor: false)
let snapshotMicroseconds = BenchmarkMetric.custom("search during snapshot us", polarity: .prefersSmaller, useScalingFactor: false)
let writesPerSecond = BenchmarkMetric.custom("durable writes per s", polarity: .prefersLarger, useScalingFactor: false)

/// The first catalogue product: restarts are over once a search for its title finds it.
let probe: (id: String, title: String) = {
    do {
        let product = try BenchCatalogue.generator.product(at: 0)
        return (product["id"]?.stringValue ?? "", product["title"]?.stringValue ?? "")
    } catch {
        fatalError("catalogue: \(error)")
    }
}()

/// One process start per iteration, measured until searchable; `prepare` (run once, outside the
/// measurement) gives the arguments and what to remove afterwards; the server is stopped outside the measurement.
func restartBenchmark(_ name: String, prepare: @escaping @Sendable () -> (arguments: [String], cleanup: () -> Void)) {
    Benchmark(name, configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 0,
                                         maxDuration: .seconds(smoke ? 1 : 180), maxIterations: smoke ? 1 : 3)) { benchmark in
        let (arguments, cleanup) = prepare()
        defer { cleanup() }
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            let server = try LoupeProcess(arguments)
            try server.waitSearchable(query: probe.title, id: probe.id)
            benchmark.stopMeasurement()
            server.stop()
        }
    }
}

/// Runs `body` against a server on a fresh copy of the prepared data directory, once it serves; stops the
/// server and removes the copy afterwards.
func servingCopy<T>(_ body: (LoupeProcess) throws -> T) throws -> T {
    let directory = DataDirectoryCopy.make()
    defer { DataDirectoryCopy.remove(directory) }
    let server = try LoupeProcess(["--data-dir", directory])
    defer { server.stop() }
    try server.waitSearchable(query: probe.title, id: probe.id)
    return try body(server)
}

func microseconds(_ duration: Duration) -> Int {
    Int(duration.components.seconds) * 1_000_000 + Int(duration.components.attoseconds / 1_000_000_000_000)
}

func p95(_ samples: [Duration]) -> Duration {
    let sorted = samples.sorted()
    return sorted.isEmpty ? .zero : sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
}

let benchmarks: @Sendable () -> Void = {
    restartBenchmark("restart from a snapshot (\(productCount) products)") {
        let directory = DataDirectoryCopy.make()
        return (["--data-dir", directory], { DataDirectoryCopy.remove(directory) })
    }

    restartBenchmark("full reload from NDJSON (\(productCount) products)") {
        (["--in-memory", "--load", BenchCatalogue.path, "--index", "products"], {})
    }

    // nanosecond units keep the custom metrics unscaled in the exports
    let once = Benchmark.Configuration(metrics: [percentOfQuiet, quietMicroseconds, snapshotMicroseconds], timeUnits: .nanoseconds,
                                       warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 1)
    Benchmark("search while snapshots are written (\(productCount) products)", configuration: once) { benchmark in
        let queries = try CatalogQueries(generator: BenchCatalogue.generator, productCount: productCount).make(perKind: 200)
            .map { query -> [UInt8] in
                let body: JSONValue = ["q": .string(query.text), "limit": 10]
                return body.serialized()
            }
        let outcome = try servingCopy { server in
            try SnapshotSearch(port: server.port, queries: queries, seconds: smoke ? 1 : 15).run()
        }
        guard !outcome.duringSnapshot.isEmpty else { fatalError("no search overlapped a snapshot") }
        for latency in outcome.quiet { benchmark.measurement(quietMicroseconds, microseconds(latency)) }
        for latency in outcome.duringSnapshot { benchmark.measurement(snapshotMicroseconds, microseconds(latency)) }
        let quiet = max(1, microseconds(p95(outcome.quiet)))
        benchmark.measurement(percentOfQuiet, microseconds(p95(outcome.duringSnapshot)) * 100 / quiet)
    }

    let writes = Benchmark.Configuration(metrics: [writesPerSecond], timeUnits: .nanoseconds,
                                         warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 1)
    Benchmark("durable single-document writes, 64 clients (\(productCount) products)", configuration: writes) { benchmark in
        let bodies = try (0..<min(productCount, 4_096)).map { index -> [UInt8] in
            JSONValue.array([try BenchCatalogue.generator.product(at: index)]).serialized()
        }
        let outcome = try servingCopy { server in
            try WriteClients(port: server.port, clients: 64, seconds: smoke ? 1 : 10, bodies: bodies).run()
        }
        benchmark.measurement(writesPerSecond, Int(outcome.writesPerSecond.rounded()))
    }
}
