import LoupeJSON
@testable import QueryServer
import XCTest

/// `federation.facetsByIndex` and `federation.mergeFacets` over HTTP.
final class FederatedFacetsTests: XCTestCase {
    private static let articles: JSONValue = [
        ["id": "a1", "title": "How to wash a red jacket", "color": "red", "price": 5],
        ["id": "a2", "title": "Scarf knots for winter", "color": "white", "price": 0],
        ["id": "a3", "title": "Jeans care", "color": "blue"],
    ]

    private static func seed(_ server: TestServer, articleFaceting: JSONValue? = nil) async throws {
        try await Fixtures.seed(server)
        var task = try await server.task(.post, "/indexes/articles/documents?primaryKey=id", json: articles)
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        for uid in ["products", "articles"] {
            var settings: JSONObject = ["filterableAttributes": ["color", "price"]]
            if uid == "articles", let articleFaceting { settings["faceting"] = articleFaceting }
            task = try await server.task(.patch, "/indexes/\(uid)/settings", json: .object(settings))
            XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        }
    }

    func testFacetsByIndexCountEverythingAnIndexsQueriesMatched() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let response = try await server.call(.post, "/multi-search", json: [
                "federation": ["limit": 1, "facetsByIndex": ["products": ["color", "price"], "articles": ["color"]]],
                "queries": [
                    ["indexUid": "products", "q": "jacket"],
                    ["indexUid": "articles", "q": "", "filter": "color != white"],
                    ["indexUid": "products", "q": "scarf"],
                ],
            ])
            XCTAssertEqual(response.status, 200, response.text)
            XCTAssertEqual(response.json["hits"]?.arrayValue?.count, 1, "facets count past the page")
            let products = try XCTUnwrap(response.json["facetsByIndex"]?["products"], response.text)
            XCTAssertEqual(products["distribution"], ["color": ["green": 1, "red": 1], "price": ["120": 1, "25": 1]],
                           "both product queries' matches, once each")
            XCTAssertEqual(products["stats"]?["price"]?["min"]?.numberValue?.doubleValue, 25)
            XCTAssertEqual(products["stats"]?["price"]?["max"]?.numberValue?.doubleValue, 120)
            XCTAssertEqual(response.json["facetsByIndex"]?["articles"]?["distribution"], ["color": ["blue": 1, "red": 1]],
                           "the query's filter applies")
            XCTAssertEqual(response.json["facetsByIndex"]?.objectValue?.keys, ["articles", "products"], "indexes by uid")
            XCTAssertEqual(response.json["estimatedTotalHits"], 4, "every matched document once: 2 products, 2 articles")
            XCTAssertNil(response.json["facetDistribution"])
        }
    }

    func testMergeFacetsAddsCountsAcrossIndexes() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let queries: JSONValue = [["indexUid": "products", "q": ""], ["indexUid": "articles", "q": ""]]
            let facets: JSONValue = ["products": ["color", "price"], "articles": ["color", "price"]]
            let merged = try await server.call(.post, "/multi-search", json: [
                "federation": ["facetsByIndex": facets, "mergeFacets": [:]], "queries": queries,
            ])
            XCTAssertEqual(merged.status, 200, merged.text)
            XCTAssertEqual(merged.json["facetDistribution"]?["color"], ["blue": 2, "green": 1, "red": 2, "white": 1])
            XCTAssertEqual(merged.json["facetStats"]?["price"]?["min"]?.numberValue?.doubleValue, 0, "stats span the indexes")
            XCTAssertEqual(merged.json["facetStats"]?["price"]?["max"]?.numberValue?.doubleValue, 120)
            XCTAssertNil(merged.json["facetsByIndex"], "merged facets replace the per-index ones")

            let cut = try await server.call(.post, "/multi-search", json: [
                "federation": ["facetsByIndex": facets, "mergeFacets": ["maxValuesPerFacet": 2]], "queries": queries,
            ])
            XCTAssertEqual(cut.json["facetDistribution"]?["color"], ["blue": 2, "green": 1], cut.text)
        }
    }

    func testMergingNeedsTheSameValueOrderEverywhere() async throws {
        try await withServer { server in
            try await Self.seed(server, articleFaceting: ["sortFacetValuesBy": ["color": "count"]])
            let body: JSONValue = [
                "federation": ["facetsByIndex": ["products": ["color"], "articles": ["color"]], "mergeFacets": [:]],
                "queries": [["indexUid": "products"], ["indexUid": "articles"]],
            ]
            let response = try await server.call(.post, "/multi-search", json: body)
            XCTAssertEqual(response.status, 400, response.text)
            XCTAssertEqual(response.errorCode, "invalid_multi_search_facet_order")
            XCTAssertTrue(response.text.contains("index `articles` orders by count"), response.text)

            let unmerged = try await server.call(.post, "/multi-search", json: [
                "federation": ["facetsByIndex": ["articles": ["color"]]], "queries": [["indexUid": "articles"]],
            ])
            XCTAssertEqual(unmerged.json["facetsByIndex"]?["articles"]?["distribution"]?["color"]?.objectValue?.keys.first, "blue",
                           "without merging each index keeps its own order: " + unmerged.text)
        }
    }

    func testFacetOptionsAreValidated() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let products: JSONValue = [["indexUid": "products", "q": "jacket"]]
            let cases: [(JSONValue, String, String?)] = [
                (["federation": ["facetsByIndex": ["products"]], "queries": products], "invalid_multi_search_facets_by_index", nil),
                (["federation": ["facetsByIndex": ["products": [1]]], "queries": products], "invalid_multi_search_facets_by_index", nil),
                (["federation": ["facetsByIndex": ["bad uid!": ["color"]]], "queries": products], "invalid_multi_search_facets_by_index", nil),
                (["federation": ["mergeFacets": true], "queries": products], "invalid_multi_search_merge_facets", nil),
                (["federation": ["mergeFacets": ["maxValuesPerFacet": -1]], "queries": products], "invalid_multi_search_max_values_per_facet", nil),
                (["federation": ["mergeFacets": ["sort": 1]], "queries": products], "invalid_multi_search_merge_facets", nil),
                (["federation": ["distinct": "color"], "queries": products], "feature_not_enabled", nil),
                (["federation": ["facetsByIndex": ["products": ["title"]]], "queries": products], "invalid_search_facets",
                 "Inside `.federation.facetsByIndex.products`: Invalid facet distribution"),
                (["federation": ["facetsByIndex": ["articles": ["title"]]], "queries": products], "invalid_search_facets",
                 "index `articles` is not used in queries"),
                (["federation": ["facetsByIndex": ["nope": ["color"]]], "queries": products], "index_not_found",
                 "Inside `.federation.facetsByIndex.nope`: "),
            ]
            for (body, code, message) in cases {
                let response = try await server.call(.post, "/multi-search", json: body)
                XCTAssertEqual(response.status, 400, body.jsonString)
                XCTAssertEqual(response.errorCode, code, response.text)
                if let message { XCTAssertTrue(response.text.contains(message), response.text) }
            }
            let unused = try await server.call(.post, "/multi-search", json: [
                "federation": ["facetsByIndex": ["articles": ["color"]]], "queries": products,
            ])
            XCTAssertEqual(unused.status, 200, unused.text)
            XCTAssertNil(unused.json["facetsByIndex"]?["articles"], "an index no query searches counts nothing")
        }
    }
}
