import XCTest
import LoupeJSON
@testable import Indexer

/// `FilterColumns.evaluate` against the brute-force oracle, plus hand-checked semantics (§3.2).
final class FilterEvaluationTests: XCTestCase {
    private func columns(_ documents: [JSONObject], fields: [String]) -> FilterColumns {
        var builder = FilterColumnsBuilder(fields: fields)
        for (i, document) in documents.enumerated() { builder.add(local: UInt32(i), document: document) }
        return builder.build(documentCount: documents.count)
    }

    private func ids(_ filter: String, _ documents: [JSONObject], fields: [String] = ["*"]) throws -> [UInt32] {
        let expression = try XCTUnwrap(FilterParser.parse(filter))
        return columns(documents, fields: fields)
            .evaluate(expression, universe: DocumentSet(range: 0..<UInt32(documents.count))).sortedIDs()
    }

    func testSemanticsByHand() throws {
        let docs: [JSONObject] = [
            ["size": 10, "color": "Red"],                    // 0
            ["size": "10", "color": " red "],                // 1
            ["size": 10.5, "color": ["blue", "RED"]],        // 2
            ["size": "XL", "color": nil],                    // 3
            ["color": []],                                   // 4
            ["size": [], "variant": ["color": "Gläss", "n": 3]], // 5
            ["size": "", "flag": true],                      // 6
        ]
        XCTAssertEqual(try ids("size = 10", docs), [0, 1])
        XCTAssertEqual(try ids("size = '10.0'", docs), [0])
        XCTAssertEqual(try ids("size != 10", docs), [2, 3, 4, 5, 6])
        XCTAssertEqual(try ids("size > 10", docs), [2, 3])          // 10.5 numerically, "xl" > "10"
        XCTAssertEqual(try ids("size 10 TO 10.5", docs), [0, 1, 2])  // "10" lies in ["10", "10.5"] too
        XCTAssertEqual(try ids("color = red", docs), [0, 1, 2])
        XCTAssertEqual(try ids("color IN [blue, nothing]", docs), [2])
        XCTAssertEqual(try ids("color NOT IN [red]", docs), [3, 4, 5, 6])
        XCTAssertEqual(try ids("color IS NULL", docs), [3])
        XCTAssertEqual(try ids("color IS NOT NULL", docs), [0, 1, 2, 4, 5, 6])
        XCTAssertEqual(try ids("color IS EMPTY", docs), [4])
        XCTAssertEqual(try ids("size IS EMPTY", docs), [5, 6])
        XCTAssertEqual(try ids("color EXISTS", docs), [0, 1, 2, 3, 4])
        XCTAssertEqual(try ids("variant = 'gläss'", docs), [5])      // nested leaf under `variant`
        XCTAssertEqual(try ids("variant = glass", docs), [])          // accents kept
        XCTAssertEqual(try ids("variant.n >= 3", docs), [5])
        XCTAssertEqual(try ids("variant.color EXISTS", docs), [5])
        XCTAssertEqual(try ids("flag = true", docs), [6])
        XCTAssertEqual(try ids("color STARTS WITH R", docs), [0, 1, 2])
        XCTAssertEqual(try ids("NOT color STARTS WITH R", docs), [3, 4, 5, 6])
        XCTAssertEqual(try ids("nothing = 1 OR nothing NOT EXISTS", docs), [0, 1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try ids("size 20 TO 1", docs), [])
        // Only the `color` rule: `size` is not indexed at all.
        XCTAssertEqual(try ids("size EXISTS", docs, fields: ["color"]), [])
    }

    func testUniverseExcludesDeletedDocuments() throws {
        let docs: [JSONObject] = [["a": 1], ["a": 2], ["a": 1], [:]]
        let columns = columns(docs, fields: ["a"])
        let universe = DocumentSet(sortedIDs: [0, 1, 3])
        XCTAssertEqual(columns.evaluate(try XCTUnwrap(FilterParser.parse("a = 1")), universe: universe).sortedIDs(), [0])
        XCTAssertEqual(columns.evaluate(try XCTUnwrap(FilterParser.parse("a != 1")), universe: universe).sortedIDs(), [1, 3])
    }

    func testWideRangesUseTheLevelsCorrectly() throws {
        // 20 000 distinct prices (several levels of unions) with some heavy values (materialized sets).
        var docs: [JSONObject] = []
        for i in 0..<30_000 {
            let price = i < 20_000 ? Double(i) / 4 : Double(i % 7)
            docs.append(["price": .number(JSONNumber(price)), "name": .string("n\(i % 5000)")])
        }
        let columns = columns(docs, fields: ["price", "name"])
        let universe = DocumentSet(range: 0..<UInt32(docs.count))
        for (filter, check) in [
            ("price 3.25 TO 4100", { (d: Double) in d >= 3.25 && d <= 4100 }),
            ("price > 17", { $0 > 17 }), ("price < 1000.5", { $0 < 1000.5 }), ("price >= 0", { $0 >= 0 }),
            ("price <= 6", { $0 <= 6 }), ("price 4999 TO 4999.75", { $0 >= 4999 && $0 <= 4999.75 }),
        ] as [(String, (Double) -> Bool)] {
            let expected = docs.indices.filter { check(docs[$0]["price"]!.numberValue!.doubleValue) }.map(UInt32.init)
            XCTAssertEqual(columns.evaluate(try XCTUnwrap(FilterParser.parse(filter)), universe: universe).sortedIDs(), expected, filter)
        }
        let expected = docs.indices.filter { let n = docs[$0]["name"]!.stringValue!; return n >= "n1" && n < "n3" }.map(UInt32.init)
        XCTAssertEqual(columns.evaluate(try XCTUnwrap(FilterParser.parse("name >= n1 AND name < n3")), universe: universe).sortedIDs(), expected)
    }

    /// Random valid filters over random documents give exactly the brute-force result.
    func testRandomFiltersMatchBruteForce() throws {
        var rng = SeededTestRandom(seed: 0xF117E5)
        for round in 0..<6 {
            let docs = (0..<300).map { _ in RandomDocuments.document(&rng) }
            let fields = round % 2 == 0 ? ["*"] : RandomDocuments.fields
            let columns = columns(docs, fields: fields)
            let universe = DocumentSet(range: 0..<UInt32(docs.count))
            for _ in 0..<150 {
                let text = RandomFilters.expression(&rng)
                let expression = try XCTUnwrap(try FilterParser.parse(text), text)
                let expected = docs.indices.filter { BruteForceFilter.matches(expression, docs[$0]) }.map(UInt32.init)
                let actual = columns.evaluate(expression, universe: universe).sortedIDs()
                if actual != expected {
                    XCTFail("\(text): expected \(expected.count) ids, got \(actual.count); first difference at \(zip(actual, expected).first { $0 != $1 }.map { "\($0)" } ?? "end")")
                    return
                }
            }
        }
    }

    /// Token soup never crashes: it parses (and then evaluates) or fails with a positioned filter error.
    func testRandomTextNeverCrashes() throws {
        var rng = SeededTestRandom(seed: 42)
        let docs = (0..<50).map { _ in RandomDocuments.document(&rng) }
        let columns = columns(docs, fields: ["*"])
        let universe = DocumentSet(range: 0..<UInt32(docs.count))
        var parsed = 0, rejected = 0
        for _ in 0..<20_000 {
            let text = RandomFilters.garbage(&rng)
            do {
                if let expression = try FilterParser.parse(text) {
                    parsed += 1
                    _ = columns.evaluate(expression, universe: universe)
                }
            } catch {
                rejected += 1
                XCTAssertTrue(["invalid_search_filter", "feature_not_enabled"].contains(error.code), error.description)
                let lines = error.message.split(separator: "\n", omittingEmptySubsequences: false)
                XCTAssertTrue(lines.count >= 2, error.message)
            }
        }
        XCTAssertGreaterThan(parsed, 500)
        XCTAssertGreaterThan(rejected, 5000)
    }
}
