import Indexer
import LoupeJSON
import XCTest

/// Facets through `Index.search` and `Index.facetSearch`: conjunctive counts follow the query and the
/// filter; Loupe's `disjunctiveFacets` count a facet as if its own clauses were not in the filter.
final class FacetSearchIntegrationTests: XCTestCase {
    private func makeIndex() throws -> Index {
        let index = Index(uid: "t", primaryKey: "id")
        index.updateSettings(try index.settings.applying(["filterableAttributes": ["brand", "color", "price"]]))
        try index.addDocuments([
            ["id": 1, "title": "running shoe", "brand": "Nike", "color": "red", "price": 100],
            ["id": 2, "title": "running shoe", "brand": "Nike", "color": "blue", "price": 90],
            ["id": 3, "title": "running shoe", "brand": "Adidas", "color": "red", "price": 80],
            ["id": 4, "title": "trail shoe", "brand": "Asics", "color": "red", "price": 120],
            ["id": 5, "title": "sandal", "brand": "Nike", "color": "red", "price": 30],
        ])
        return index
    }

    func testDisjunctiveFacetIgnoresItsOwnClause() throws {
        let index = try makeIndex()
        var request = SearchRequest(query: "shoe")
        request.filter = "brand = Nike AND color = red"
        request.facets = ["color"]
        request.disjunctiveFacets = ["brand"]
        let result = try index.search(request)
        XCTAssertEqual(result.hitIDs, ["1"])
        // brand counted under `color = red` only (the brand clause removed), among documents matching "shoe".
        XCTAssertEqual(result.facetDistribution?["brand"], ["Adidas": 1, "Asics": 1, "Nike": 1])
        // color stays conjunctive: under both clauses.
        XCTAssertEqual(result.facetDistribution?["color"], ["red": 1])
    }

    func testFacetStatsAndConjunctiveCountsFollowTheQuery() throws {
        let index = try makeIndex()
        var request = SearchRequest(query: "running")
        request.facets = ["brand", "price"]
        let result = try index.search(request)
        XCTAssertEqual(result.facetDistribution?["brand"], ["Adidas": 1, "Nike": 2])
        XCTAssertEqual(result.facetStats?["price"]?["min"]?.numberValue?.doubleValue, 80)
        XCTAssertEqual(result.facetStats?["price"]?["max"]?.numberValue?.doubleValue, 100)
    }

    func testFacetSearchIsRestrictedByQueryAndFilter() throws {
        let index = try makeIndex()
        var search = SearchRequest(query: "shoe")
        search.filter = "price > 85"
        let result = try index.facetSearch(FacetSearchRequest(facetName: "brand", facetQuery: "n", search: search))
        XCTAssertEqual(result.hits.map(\.value), ["Nike"])
        XCTAssertEqual(result.hits.map(\.count), [2])
        XCTAssertThrowsError(try index.facetSearch(FacetSearchRequest(facetName: "title"))) { error in
            XCTAssertEqual((error as? EngineError)?.code, "invalid_facet_search_facet_name")
        }
    }

    func testDeleteByFilter() throws {
        let index = try makeIndex()
        XCTAssertEqual(try index.deleteDocuments(filter: "color = red AND price < 100"), 2)
        XCTAssertEqual(index.documentCount, 3)
        XCTAssertThrowsError(try index.deleteDocuments(filter: "title = x")) { error in
            XCTAssertEqual((error as? EngineError)?.code, "invalid_search_filter")
        }
    }
}
