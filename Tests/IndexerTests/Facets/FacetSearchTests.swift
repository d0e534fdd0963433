import XCTest
import LoupeJSON
@testable import Indexer

/// Facet search: folded prefix of the whole value, typo rules, counts over candidates, order and limits.
final class FacetSearchTests: XCTestCase {
    private let genres: [JSONObject] = [
        ["genres": ["Action", "Adventure"]], ["genres": ["Action", "Adventure"]],
        ["genres": ["Horror", "Thriller", "Multiple Words"]], ["genres": ["Action", "Comedy"]],
        ["genres": ["Thriller"], "rating": 3], ["genres": ["Àdventurous", "sweatshirt"]],
    ]

    private func search(_ query: String?, candidates: [UInt32]? = nil, typo: IndexSettings.TypoTolerance = .init(),
                        maxValues: Int = 100, byCount: Bool = false) -> [String] {
        var builder = FilterColumnsBuilder(fields: ["genres", "rating"])
        for (i, document) in genres.enumerated() { builder.add(local: UInt32(i), document: document) }
        let columns = builder.build(documentCount: genres.count)
        let set = candidates.map { DocumentSet(sortedIDs: $0) } ?? DocumentSet(range: 0..<UInt32(genres.count))
        return FacetSearch.search(facetName: "genres", query: query, segments: [(columns, set)], typoTolerance: typo,
                                  maxValues: maxValues, sortByCount: byCount).map { "\($0.value):\($0.count)" }
    }

    func testPrefixOfTheWholeValueCaseAndAccentInsensitive() {
        XCTAssertEqual(search("a"), ["Action:3", "Adventure:2", "Àdventurous:1"])
        XCTAssertEqual(search("ADVENT"), ["Adventure:2", "Àdventurous:1"])
        XCTAssertEqual(search("words"), [])
        XCTAssertEqual(search("multiple w"), ["Multiple Words:1"])
        XCTAssertEqual(search(nil).count, 8)
        XCTAssertEqual(search("3"), [])   // numbers are not facet-searchable values
    }

    func testTypoBudgetsAndFirstLetterRule() {
        XCTAssertEqual(search("adventre"), ["Adventure:2"])                 // 8 bytes: one typo
        XCTAssertEqual(search("advetnur"), ["Adventure:2", "Àdventurous:1"])   // 8 bytes: a swap is one typo
        XCTAssertEqual(search("acton"), ["Action:3"])                       // 5 bytes: one typo
        XCTAssertEqual(search("actn"), [])                                  // 4 bytes: exact only
        XCTAssertEqual(search("dweatshirt"), ["sweatshirt:1"])              // 10 bytes: first letter costs 2
        XCTAssertEqual(search("dweatshirr"), [])                            // first letter + another typo
        XCTAssertEqual(search("zhriller"), [])                              // 8 bytes: first-letter typo refused
        var off = IndexSettings.TypoTolerance()
        off.disableOnAttributes = ["genres"]
        XCTAssertEqual(search("adventre", typo: off), [])
        off = .init()
        off.disableOnWords = ["Adventre"]
        XCTAssertEqual(search("adventre", typo: off), [])
        off = .init()
        off.enabled = false
        XCTAssertEqual(search("acton", typo: off), [])
    }

    func testCountsOrderAndLimit() {
        XCTAssertEqual(search("a", candidates: [0, 3]), ["Action:2", "Adventure:1"])
        XCTAssertEqual(search(nil, maxValues: 3, byCount: true), ["Action:3", "Adventure:2", "Thriller:2"])
        XCTAssertEqual(search(nil, maxValues: 2), ["Action:3", "Adventure:2"])
    }

    func testValidation() {
        XCTAssertNoThrow(try FacetSearch.validate(facetName: "genres", filterable: [FilterableAttributeRule(name: "genres")], facetSearchEnabled: true))
        XCTAssertThrowsError(try FacetSearch.validate(facetName: "genres", filterable: [FilterableAttributeRule(name: "genres")], facetSearchEnabled: false)) {
            XCTAssertEqual(($0 as? EngineError)?.code, "facet_search_disabled")
        }
        XCTAssertThrowsError(try FacetSearch.validate(facetName: "genres", filterable: [FilterableAttributeRule(patterns: ["genres"])], facetSearchEnabled: true)) {
            XCTAssertEqual(($0 as? EngineError)?.code, "invalid_facet_search_facet_name")
            XCTAssertTrue(($0 as? EngineError)?.message.contains("matches rule #0") ?? false)
        }
        XCTAssertThrowsError(try FacetSearch.validate(facetName: "x", filterable: [FilterableAttributeRule(name: "genres")], facetSearchEnabled: true)) {
            XCTAssertEqual(($0 as? EngineError)?.message,
                "Attribute `x` is not facet-searchable. Available facet-searchable attributes patterns are: `genres`. To make it facet-searchable add it to the `filterableAttributes` index settings.")
        }
    }
}
