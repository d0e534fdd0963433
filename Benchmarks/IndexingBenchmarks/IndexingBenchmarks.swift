import BenchSupport
import Benchmark
import CatalogGenerator
import Indexer

/// Live updates on a loaded index: single-document writes and 1,000-document batches per second (in
/// memory; the write-ahead log of issue 7 is not built, so its "10k writes/s with durability" budget is
/// not measured here), and the search mix while a change feed of 200 products a second (issue 5's rate)
/// streams in. The bulk build itself is `SearchBenchmarks`' "index N products from NDJSON".
let productCount = BenchCatalogue.productCount
let smoke = BenchCatalogue.isSmoke

/// Built on first use, inside each benchmark process (package-benchmark runs one benchmark per process).
let loadedIndex: Index = {
    let index = Index(uid: "products", primaryKey: "id")
    do {
        index.updateSettings(try index.settings.applying(CatalogGenerator.searchSettings))
        try index.addDocuments(ndjson: BenchCatalogue.ndjson())
    } catch {
        fatalError("index: \(error)")
    }
    return index
}()

/// The change feed of the streaming benchmark; a lazy global, so that registering the benchmarks (which
/// every benchmark process does, listing included) does not build the index.
let updateStream = UpdateStream(index: loadedIndex, updates: ProductUpdates(pool: 4_096), perSecond: 200)

let queryMix: [CatalogQuery] = {
    do {
        return try CatalogQueries(generator: BenchCatalogue.generator, productCount: productCount).make(perKind: 200)
    } catch {
        fatalError("queries: \(error)")
    }
}()

func configuration(maxIterations: Int, seconds: Int, setup: (@Sendable () -> Void)? = nil,
                   teardown: (@Sendable () -> Void)? = nil) -> Benchmark.Configuration {
    var c = Benchmark.Configuration(metrics: [.wallClock, .throughput], timeUnits: .microseconds,
                                    warmupIterations: smoke ? 0 : 10,
                                    maxDuration: .seconds(smoke ? 1 : seconds),
                                    maxIterations: smoke ? 20 : maxIterations)
    if let setup { c.setup = { setup() } }
    if let teardown { c.teardown = { teardown() } }
    return c
}

let benchmarks: @Sendable () -> Void = {
    let singles = ProductUpdates(pool: 4_096)
    Benchmark("single-document write (\(productCount) products)",
              configuration: configuration(maxIterations: 20_000, seconds: 10, setup: { _ = loadedIndex })) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try loadedIndex.addDocuments([singles.advance()]))
        }
    }

    let batches = ProductUpdates(pool: 8_192)
    Benchmark("1,000-document write batch (\(productCount) products)",
              configuration: configuration(maxIterations: 200, seconds: 15, setup: { _ = loadedIndex })) { benchmark in
        for _ in benchmark.scaledIterations {
            let batch = batches.batch(1_000)
            benchmark.startMeasurement()
            blackHole(try loadedIndex.addDocuments(batch))
        }
    }

    let queries = Cycle(queryMix)
    Benchmark("search mix while 200 updates a second stream in (\(productCount) products)",
              configuration: configuration(maxIterations: 5_000, seconds: 20,
                                           setup: { updateStream.start() },
                                           teardown: { updateStream.stop() })) { benchmark in
        for _ in benchmark.scaledIterations {
            var request = SearchRequest(query: queries.advance().text)
            request.limit = 10
            blackHole(try loadedIndex.search(request))
        }
    }
}
