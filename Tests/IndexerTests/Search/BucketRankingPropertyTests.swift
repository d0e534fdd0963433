import CatalogGenerator
import LoupeJSON
import XCTest

@testable import Indexer

/// The bitmap buckets of `BucketSplitter` give the same hits in the same order, the same total and the
/// same ranking scores as scoring every candidate from its forward index, for random queries (exact,
/// prefix, typo, multi-word, synonym words) over a generated catalogue in several segments, under each
/// matching strategy, with and without sort and filter, for several offset/limit windows.
final class BucketRankingPropertyTests: XCTestCase {
    func testBucketsEqualExhaustiveScoringWithCatalogueSettings() throws {
        try checkAgainstExhaustive(rules: nil, queries: 400, seed: 11)
    }

    func testBucketsEqualExhaustiveScoringWithReorderedRules() throws {
        let rules: JSONValue = ["words", "attributeRank", "wordPosition", "typo", "exactness", "proximity", "sort"]
        try checkAgainstExhaustive(rules: rules, queries: 200, seed: 12)
    }

    private func checkAgainstExhaustive(rules: JSONValue?, queries count: Int, seed: UInt64) throws {
        let generator = CatalogGenerator(seed: 42)
        let ndjson = try generator.productsNDJSON(range: 0..<3_000)
        let index = Index(uid: "products", primaryKey: "id")
        var settings = try index.settings.applying(CatalogGenerator.searchSettings)
        if let rules { settings = try settings.applying(["rankingRules": rules]) }
        index.updateSettings(settings)
        let lines = ndjson.split(separator: UInt8(ascii: "\n"))
        // Three write batches make three segments; replacing a few documents leaves holes in the live sets.
        try index.addDocuments(ndjson: Array(lines[0..<1_200].joined(separator: [UInt8(ascii: "\n")])))
        try index.addDocuments(ndjson: Array(lines[1_200..<2_400].joined(separator: [UInt8(ascii: "\n")])))
        try index.addDocuments(ndjson: Array(lines[2_400...].joined(separator: [UInt8(ascii: "\n")])))
        try index.addDocuments(ndjson: Array(lines[100..<130].joined(separator: [UInt8(ascii: "\n")])))
        XCTAssertGreaterThan(index.generation.views.count, 1)

        let words = try lines.prefix(500).flatMap { line -> [String] in
            let document = try JSONParser.parse(Array(line))
            let text = [document["title"]?.stringValue, document["brand"]?.stringValue, document["description"]?.stringValue]
                .compactMap { $0 }.joined(separator: " ")
            return text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        var random = SeededTestRandom(seed: seed)
        let strategies: [SearchRequest.MatchingStrategy] = [.last, .all, .frequency]
        let windows = [(0, 10), (0, 1), (4, 20), (30, 15)]
        var compared = 0, split = 0
        for _ in 0..<count {
            let query = randomQuery(words, using: &random)
            var request = SearchRequest(query: query)
            request.matchingStrategy = strategies[Int(random.next() % 3)]
            request.showRankingScore = true
            if random.next() % 5 == 0 { request.sort = ["price:asc"] }
            if random.next() % 6 == 0 { request.filter = .string("in_stock = true") }
            for (offset, limit) in windows {
                request.offset = offset
                request.limit = limit
                // Split every bucket, however small, so every path of the splitter runs on this catalogue.
                let fast = try Searcher(generation: index.generation, scoredOutright: 0).search(request)
                let reference = try Searcher(generation: index.generation, exhaustiveScoring: true).search(request)
                XCTAssertEqual(fast.hitIDs, reference.hitIDs, "\(query) \(request.matchingStrategy) sort \(request.sort) offset \(offset) limit \(limit)")
                XCTAssertEqual(fast.hits, reference.hits, "\(query): same hits and ranking scores")
                XCTAssertEqual(fast.totalHits, reference.totalHits, "\(query): same total")
                compared += 1
                if reference.totalHits > offset + limit { split += 1 }
            }
        }
        XCTAssertGreaterThan(split, compared / 3, "most windows end before the last match")
    }

    /// One to three catalogue words; the last may be cut to a prefix, a word may get one or two typos.
    private func randomQuery(_ words: [String], using random: inout SeededTestRandom) -> String {
        let count = 1 + Int(random.next() % 3)
        var parts: [String] = []
        for _ in 0..<count {
            var word = Array(words[Int(random.next() % UInt64(words.count))])
            switch random.next() % 6 {
            case 0 where word.count >= 5:
                let at = 1 + Int(random.next() % UInt64(word.count - 1))
                word[at] = word[at] == "e" ? "a" : "e"
            case 1 where word.count >= 9:
                word.swapAt(2, 3)
                word.remove(at: word.count - 2)
            default:
                break
            }
            parts.append(String(word))
        }
        if random.next() % 3 == 0, let last = parts.last, last.count > 2 {
            parts[parts.count - 1] = String(last.prefix(1 + Int(random.next() % UInt64(last.count - 1))))
        }
        return parts.joined(separator: " ")
    }
}
