import BenchSupport
import Benchmark
import Foundation
import Indexer
import Logging
import QueryServer

/// Issue 5's budgets against a real PostgreSQL (`scripts/bench` starts it and generates the Medusa v2
/// database, `LOUPE_BENCH_PRODUCTS` products with 3 prices each): the initial load of documents and price
/// book (1M products with 3M prices ≤ 90 s), commit-to-searchable while the store renames 200 products a
/// second and the sync polls at `loupe serve`'s default interval (p95 ≤ 1 s), and the database time of a
/// poll that finds nothing (reported, no budget).
let productCount = BenchCatalogue.productCount
let smoke = BenchCatalogue.isSmoke

/// `loupe serve --poll-interval`'s default.
let defaultPollInterval: Duration = .seconds(1)

/// The sync of the idle-poll benchmark, loaded in its setup (outside the measurement).
nonisolated(unsafe) var idleSync: CatalogSync?

let latencyMs = BenchmarkMetric.custom("commit to searchable ms", polarity: .prefersSmaller, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    Benchmark("initial load (\(productCount) products, 3 prices each)",
              configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 0,
                                   maxDuration: .seconds(smoke ? 1 : 120), maxIterations: smoke ? 2 : 3)) { benchmark in
        for _ in benchmark.scaledIterations {
            let (sync, prices) = SyncDatabase.newSync()
            benchmark.startMeasurement()
            let summary = try sync.initialLoad()
            benchmark.stopMeasurement()
            precondition(sync.index.documentCount >= productCount && prices.book != nil, "the initial load missed documents or prices")
            blackHole(summary)
        }
    }

    Benchmark("commit-to-searchable at 200 changes/s (\(productCount) products)",
              // nanosecond units keep the custom metric unscaled in the exports
              configuration: .init(metrics: [latencyMs], timeUnits: .nanoseconds, warmupIterations: 0,
                                   maxDuration: .seconds(120), maxIterations: 1)) { benchmark in
        let sync = SyncDatabase.loadedSync()
        var logger = Logger(label: "bench.sync")
        logger.logLevel = .warning
        let service = SyncService(sync: sync, status: SyncStatus(), interval: defaultPollInterval, logger: logger)
        let polling = Task { try await service.run() }
        defer { polling.cancel() }
        let writer = TitleWriter(url: SyncDatabase.url, products: productCount, perSecond: 200, seconds: smoke ? 2 : 10)
        for latency in try SearchableProbe(index: sync.index).latencies(of: writer) {
            benchmark.measurement(latencyMs, Int(TitleWriter.seconds(latency) * 1_000))
        }
    }

    var idle = Benchmark.Configuration(metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: smoke ? 0 : 3,
                                       maxDuration: .seconds(smoke ? 1 : 20), maxIterations: smoke ? 5 : 50)
    idle.setup = { idleSync = SyncDatabase.loadedSync() }
    idle.teardown = { idleSync = nil }
    Benchmark("idle poll (\(productCount) products)", configuration: idle) { benchmark in
        guard let sync = idleSync else { return }
        for _ in benchmark.scaledIterations {
            let summary = try sync.poll()
            precondition(summary.changedDocuments == 0 && !summary.fullLoad, "an idle poll changed something")
        }
    }
}
