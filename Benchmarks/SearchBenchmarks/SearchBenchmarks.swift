import Benchmark
import CatalogGenerator
import Foundation
import Indexer
import LoupeJSON

/// Search budgets: in-process search p95 ≤ 1 ms at 100k products and ≤ 5 ms at 1M for a mix of exact,
/// prefix, one/two-typo, multi-word and synonym queries; indexing 1M products ≤ 30 s; at 1M, a placeholder
/// search with a 10-condition filter and 4 facets p95 ≤ 10 ms, a one-word query with 4 facets over
/// ≥ 100k candidates p95 ≤ 20 ms, facet search p95 ≤ 2 ms.
///
/// `LOUPE_BENCH_PRODUCTS` sets the catalogue size (default 100,000; CI runs 5,000 to keep every
/// benchmark alive without enforcing budgets). The catalogue comes from `CatalogGenerator` (seed 42),
/// the queries from `CatalogQueries` (seed 7), 200 per kind.
let productCount = ProcessInfo.processInfo.environment["LOUPE_BENCH_PRODUCTS"].flatMap(Int.init) ?? 100_000

let generator = CatalogGenerator(seed: 42)

let catalogue: [UInt8] = {
    do { return try generator.productsNDJSON(range: 0..<productCount) } catch { fatalError("catalogue: \(error)") }
}()

let index: Index = {
    let index = Index(uid: "products", primaryKey: "id")
    do {
        index.updateSettings(try index.settings.applying(CatalogGenerator.searchSettings))
        try index.addDocuments(ndjson: catalogue)
    } catch {
        fatalError("index: \(error)")
    }
    return index
}()

let queries: [CatalogQuery] = {
    do { return try CatalogQueries(generator: generator, productCount: productCount).make(perKind: 200) } catch { fatalError("queries: \(error)") }
}()

nonisolated(unsafe) let searchConfiguration = Benchmark.Configuration(
    metrics: [.wallClock, .throughput],
    timeUnits: .microseconds,
    maxDuration: .seconds(20),
    maxIterations: 5_000)

/// Walks a query list across benchmark invocations (each invocation measures one search).
final class QueryCursor: @unchecked Sendable {
    private let queries: [CatalogQuery]
    private var next = 0
    init(_ queries: [CatalogQuery]) { self.queries = queries }
    func advance() -> CatalogQuery {
        defer { next += 1 }
        return queries[next % queries.count]
    }
}

func searchBenchmark(_ name: String, _ selected: [CatalogQuery]) {
    let cursor = QueryCursor(selected)
    Benchmark("search \(name) (\(productCount) products)", configuration: searchConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            var request = SearchRequest(query: cursor.advance().text)
            request.limit = 10
            blackHole(try index.search(request))
        }
    }
}

/// Ten conditions over every kind of filterable attribute of the generated catalogue.
let tenConditionFilter = """
    price >= 1000 AND price <= 25000 AND in_stock = true AND rating >= 2 AND color IN [Black, White, Navy, Grey, Blue] \
    AND NOT material = Leather AND categories EXISTS AND sizes != XXXL AND brand != Nobrand \
    AND category != "Home > Bedding > Sheets"
    """
let storefrontFacets = ["brand", "color", "sizes", "categories"]

func facetBenchmarks() {
    Benchmark("placeholder + 10-condition filter + 4 facets (\(productCount) products)", configuration: searchConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            var request = SearchRequest()
            request.filter = .string(tenConditionFilter)
            request.facets = storefrontFacets
            blackHole(try index.search(request))
        }
    }
    // The product noun of a multi-word query: a common word, matching many products. Measured with and
    // without the facets, to tell their share.
    for facets in [storefrontFacets, []] {
        let words = QueryCursor(queries.filter { $0.kind == .multi })
        let name = facets.isEmpty ? "one-word query, no facets" : "one-word query + 4 facets"
        Benchmark("\(name) (\(productCount) products)", configuration: searchConfiguration) { benchmark in
            for _ in benchmark.scaledIterations {
                var request = SearchRequest(query: String(words.advance().text.split(separator: " ").last ?? "shirt"))
                request.facets = facets
                blackHole(try index.search(request))
            }
        }
    }
    let prefixes = ["a", "be", "ca", "d", "el", "fi", "ho", "ka", "lu", "mo", "no", "pr", "qu", "sa", "to", "vi"]
    let cursor = QueryCursor(prefixes.map { CatalogQuery(kind: .prefix, text: $0, targetID: "") })
    Benchmark("facet search on brand (\(productCount) products)", configuration: searchConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try index.facetSearch(FacetSearchRequest(facetName: "brand", facetQuery: cursor.advance().text)))
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    _ = index
    facetBenchmarks()
    searchBenchmark("mix", queries)
    for kind in CatalogQuery.Kind.allCases {
        searchBenchmark(kind.rawValue, queries.filter { $0.kind == kind })
    }
    Benchmark("index \(productCount) products from NDJSON",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
                                   maxDuration: .seconds(120), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations {
            let fresh = Index(uid: "bulk", primaryKey: "id")
            try fresh.updateSettings(fresh.settings.applying(CatalogGenerator.searchSettings))
            blackHole(try fresh.addDocuments(ndjson: catalogue))
        }
    }
}
