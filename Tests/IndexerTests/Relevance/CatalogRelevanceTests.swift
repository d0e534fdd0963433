import CatalogGenerator
import Foundation
import Indexer
import LoupeJSON
import XCTest

/// Relevance on a generated catalogue with queries made from its titles: exact titles must rank their
/// product first, one- and two-typo titles must keep it in the top 10, at least 99 % of the time.
///
/// The catalogue has `LOUPE_RELEVANCE_PRODUCTS` products (20,000 by default, to keep a debug run short;
/// the figures quoted in the notes come from 100,000 in release mode). A product whose title is identical
/// to the target's counts as the target (the catalogue repeats a few titles).
final class CatalogRelevanceTests: XCTestCase {
    func testTargetsRankFirstOrInTopTen() throws {
        let size = ProcessInfo.processInfo.environment["LOUPE_RELEVANCE_PRODUCTS"].flatMap(Int.init) ?? 20_000
        let generator = CatalogGenerator(seed: 42)
        let index = Index(uid: "products", primaryKey: "id")
        index.updateSettings(try index.settings.applying(CatalogGenerator.searchSettings))
        try index.addDocuments(ndjson: try generator.productsNDJSON(range: 0..<size))
        XCTAssertEqual(index.documentCount, size)

        let queries = try CatalogQueries(generator: generator, productCount: size).make(perKind: 200)
        var first: [CatalogQuery.Kind: Int] = [:], topTen: [CatalogQuery.Kind: Int] = [:], total: [CatalogQuery.Kind: Int] = [:]
        var titles: [String: String] = [:]
        func title(_ id: String) -> String {
            if let known = titles[id] { return known }
            let value = (try? JSONParser.parse(index.generation.document(id: id) ?? []))?["title"]?.stringValue ?? ""
            titles[id] = value
            return value
        }
        var misses: [String] = []
        for query in queries {
            var request = SearchRequest(query: query.text)
            request.limit = 10
            let hits = try index.search(request).hitIDs
            let target = title(query.targetID)
            let rank = hits.firstIndex { $0 == query.targetID || title($0) == target }
            total[query.kind, default: 0] += 1
            if rank == 0 { first[query.kind, default: 0] += 1 }
            if rank != nil { topTen[query.kind, default: 0] += 1 } else if misses.count < 30, query.kind == .typo1 || query.kind == .typo2 || query.kind == .exact { misses.append("\(query.kind): \(query.text) → \(query.targetID)") }
        }
        func share(_ counts: [CatalogQuery.Kind: Int], _ kind: CatalogQuery.Kind) -> Double {
            Double(counts[kind, default: 0]) / Double(max(1, total[kind, default: 0]))
        }
        for kind in CatalogQuery.Kind.allCases {
            print(String(format: "relevance at %d products: %@ success@1 %.3f success@10 %.3f (%d queries)",
                         size, kind.rawValue, share(first, kind), share(topTen, kind), total[kind, default: 0]))
        }
        if !misses.isEmpty { print("first misses: \(misses.joined(separator: " | "))") }
        XCTAssertGreaterThanOrEqual(share(first, .exact), 0.99, "exact titles ranked first")
        XCTAssertGreaterThanOrEqual(share(topTen, .typo1), 0.99, "one-typo titles in the top 10")
        XCTAssertGreaterThanOrEqual(share(topTen, .typo2), 0.99, "two-typo titles in the top 10")
        XCTAssertGreaterThanOrEqual(total[.typo2, default: 0], 150, "enough two-typo queries were made")
    }
}
