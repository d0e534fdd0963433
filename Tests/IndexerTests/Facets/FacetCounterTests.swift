import XCTest
import LoupeJSON
@testable import Indexer

/// Facet distribution and stats: hand-checked rules of §1.5 and brute-force counts on generated data.
final class FacetCounterTests: XCTestCase {
    private func segment(_ documents: [JSONObject], fields: [String] = ["*"], firstID: Int = 0) -> FilterColumns {
        var builder = FilterColumnsBuilder(fields: fields)
        for (i, document) in documents.enumerated() { builder.add(local: UInt32(i), document: document) }
        return builder.build(documentCount: documents.count)
    }

    private func all(_ columns: FilterColumns) -> DocumentSet { DocumentSet(range: 0..<UInt32(columns.documentCount)) }

    func testKeysOrderStatsAndTruncation() throws {
        let columns = segment([
            ["color": "Blue", "price": 10, "size": [9, "XL", 10]],
            ["color": "  blue", "price": 25.5, "size": "m", "sale": true],
            ["color": "Réd", "price": 10.0, "size": [10, 10], "sale": false],
            ["color": ["red", "Réd"], "size": 100],
        ])
        var faceting = IndexSettings.Faceting()
        let counter = FacetCounter(filterable: [FilterableAttributeRule(name: "*")], faceting: faceting)
        let (distribution, stats) = try counter.distribution(for: ["color", "price", "size", "sale"], in: [(columns, all(columns))])
        XCTAssertEqual(distribution.jsonString,
                       #"{"color":{"Blue":2,"red":1,"Réd":2},"price":{"10":2,"25.5":1},"sale":{"false":1,"true":1},"size":{"10":2,"100":1,"9":1,"m":1,"XL":1}}"#)
        XCTAssertEqual(stats.jsonString, #"{"price":{"min":10.0,"max":25.5},"size":{"min":9.0,"max":100.0}}"#)

        faceting.maxValuesPerFacet = 4
        faceting.sortFacetValuesBy = [("*", false), ("size", true)]
        let truncated = FacetCounter(filterable: [FilterableAttributeRule(name: "*")], faceting: faceting)
        XCTAssertEqual(truncated.count("size", in: [(columns, all(columns))]).values.map(\.value), ["10", "100", "9", "m"])
        XCTAssertEqual(truncated.count("size", in: [(columns, all(columns))]).values.map(\.count), [2, 1, 1, 1])
    }

    func testSegmentsMergeByNormalizedValueKeepingTheFirstSpelling() throws {
        let first = segment([["brand": "ACME"], ["brand": "Zed"]])
        let second = segment([["brand": "acme "], ["brand": "Other"], ["brand": "acme"]])
        let counter = FacetCounter(filterable: [FilterableAttributeRule(name: "brand")], faceting: .init())
        let counts = counter.count("brand", in: [(first, all(first)), (second, DocumentSet(sortedIDs: [0, 1]))])
        XCTAssertEqual(counts.values.map(\.value), ["ACME", "Other", "Zed"])
        XCTAssertEqual(counts.values.map(\.count), [2, 1, 1])
        XCTAssertNil(counts.min)
    }

    func testPatternsAndErrors() throws {
        let columns = segment([["variant": ["color": "red", "size": 3], "brand": "x"]])
        let rules = [FilterableAttributeRule(name: "variant"), FilterableAttributeRule(patterns: ["brand"])]
        let counter = FacetCounter(filterable: rules, faceting: .init())
        XCTAssertEqual(try counter.resolve(["variant.*"], in: [columns]), ["variant.color", "variant.size"])
        XCTAssertEqual(try counter.resolve(["*"], in: [columns]), ["brand", "variant.color", "variant.size"])
        XCTAssertEqual(try counter.resolve(["brand", "variant"], in: [columns]), ["brand", "variant"])
        XCTAssertEqual(counter.count("variant", in: [(columns, all(columns))]).values.map(\.value), ["3", "red"])
        XCTAssertThrowsError(try counter.resolve(["price"], in: [columns])) { error in
            XCTAssertEqual(error as? EngineError, EngineError("invalid_search_facets",
                "Invalid facet distribution: Pattern `price` is not filterable. Available filterable attributes patterns are: `brand, variant`."))
        }
        let none = FacetCounter(filterable: [], faceting: .init())
        XCTAssertThrowsError(try none.resolve(["a", "b"], in: [columns])) { error in
            XCTAssertEqual((error as? EngineError)?.message,
                "Invalid facet distribution: Patterns `a, b` are not filterable. This index does not have configured filterable attributes.")
        }
    }

    func testDisjunctiveFacetCandidatesDropTheFacetsOwnClauses() throws {
        let docs: [JSONObject] = [
            ["brand": "nike", "color": "red"], ["brand": "adidas", "color": "red"],
            ["brand": "nike", "color": "blue"], ["brand": "puma", "color": "blue"],
        ]
        let columns = segment(docs)
        let filter = try XCTUnwrap(FilterParser.parse(#"(brand = nike OR brand = adidas) AND color = red"#))
        let counter = FacetCounter(filterable: [FilterableAttributeRule(name: "*")], faceting: .init())
        let brandFilter = try XCTUnwrap(filter.removingClauses(on: "brand"))
        let brandCounts = counter.count("brand", in: [(columns, columns.evaluate(brandFilter, universe: all(columns)))])
        XCTAssertEqual(brandCounts.values.map(\.value), ["adidas", "nike"])   // the other brands of red products
        XCTAssertNil(try XCTUnwrap(FilterParser.parse("brand = nike")).removingClauses(on: "brand"))
        XCTAssertEqual(try XCTUnwrap(FilterParser.parse("brand = nike OR color = red")).removingClauses(on: "brand"),
                       try FilterParser.parse("brand = nike OR color = red"))
    }

    /// Counts equal brute-force counts for random filters on 10 000 generated documents in two segments.
    func testRandomFacetCountsMatchBruteForce() throws {
        var rng = SeededTestRandom(seed: 7)
        let docs = (0..<10_000).map { _ in RandomDocuments.document(&rng) }
        let halves = [Array(docs[0..<6000]), Array(docs[6000...])]
        let segments = halves.map { segment($0, fields: RandomDocuments.fields) }
        var faceting = IndexSettings.Faceting()
        faceting.maxValuesPerFacet = 10_000
        let counter = FacetCounter(filterable: RandomDocuments.fields.map(FilterableAttributeRule.init(name:)), faceting: faceting)
        for _ in 0..<25 {
            let filter = try XCTUnwrap(FilterParser.parse(RandomFilters.expression(&rng)))
            let candidates = segments.map { $0.evaluate(filter, universe: all($0)) }
            let matching = docs.filter { BruteForceFilter.matches(filter, $0) }
            for facet in ["brand", "tags", "variant", "size"] {
                // Labels: strings by their normalized value, numbers by their rendering ("10" may be both).
                var expected: [String] = []
                var stringCounts: [String: Int] = [:], numberCounts: [Double: Int] = [:]
                var expectedNumbers: [Double] = []
                for document in matching {
                    for s in Set(BruteForceFilter.strings(facet, document)) { stringCounts[s, default: 0] += 1 }
                    let numbers = BruteForceFilter.numbers(facet, document).map { $0 == 0 ? 0 : $0 }
                    for n in Set(numbers) { numberCounts[n, default: 0] += 1 }
                    expectedNumbers += numbers
                }
                expected += stringCounts.map { "\($0.key):\($0.value)" }
                expected += numberCounts.map { "\(JSONNumber($0.key).literal):\($0.value)" }
                let counts = counter.count(facet, in: Array(zip(segments, candidates)))
                let actual = counts.values.map { "\(TextNormalizer.filterValue($0.value)):\($0.count)" }
                XCTAssertEqual(actual.sorted(), expected.sorted(), facet)
                XCTAssertEqual(counts.values.count, stringCounts.count + numberCounts.count)
                XCTAssertEqual(counts.min, expectedNumbers.min().map { $0 == 0 ? 0 : $0 })
                XCTAssertEqual(counts.max, expectedNumbers.max().map { $0 == 0 ? 0 : $0 })
            }
        }
    }
}
