import LoupeJSON
import XCTest

final class SearchRouteTests: XCTestCase {
    func testPostSearchReturnsMeilisearchShape() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let response = try await server.call(.post, "/indexes/products/search", json: ["q": "jacket"])
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.json["hits"]?[0]?["id"], 1)
            XCTAssertEqual(response.json["query"], "jacket")
            XCTAssertEqual(response.json["estimatedTotalHits"], 1)
            XCTAssertEqual(response.headers[.contentType], "application/json")
        }
    }

    func testGetSearchParsesQueryStringLikePost() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let response = try await server.call(.get, "/indexes/products/search?q=blue+jeans&attributesToRetrieve=id,title&limit=5")
            XCTAssertEqual(response.status, 200, response.text)
            XCTAssertEqual(response.json["hits"], [["id": 2, "title": "Blue Jeans"]])
            XCTAssertEqual(response.json["limit"], 5)
            let encoded = try await server.call(.get, "/indexes/products/search?q=green%20scarf")
            XCTAssertEqual(encoded.json["hits"]?[0]?["id"], 3)
        }
    }

    func testGetSearchRejectsBadNumbersAndUnknownParameters() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let limit = try await server.call(.get, "/indexes/products/search?limit=x")
            XCTAssertEqual(limit.status, 400)
            XCTAssertEqual(limit.errorCode, "invalid_search_limit")
            XCTAssertEqual(limit.json["message"], "Invalid value in parameter `limit`: could not parse `x` as a positive integer")
            let unknown = try await server.call(.get, "/indexes/products/search?colour=red")
            XCTAssertEqual(unknown.status, 400)
            XCTAssertEqual(unknown.errorCode, "bad_request")
            let flag = try await server.call(.get, "/indexes/products/search?showRankingScore=maybe")
            XCTAssertEqual(flag.errorCode, "invalid_search_show_ranking_score")
        }
    }

    func testSearchErrors() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let missing = try await server.call(.post, "/indexes/nope/search", json: ["q": "x"])
            XCTAssertEqual(missing.status, 404)
            XCTAssertEqual(missing.json["message"], "Index `nope` not found.")
            XCTAssertEqual(missing.json["type"], "invalid_request")
            XCTAssertEqual(missing.json["link"], "https://docs.meilisearch.com/errors#index_not_found")
            let badUID = try await server.call(.post, "/indexes/bad%20uid!/search", json: ["q": "x"])
            XCTAssertEqual(badUID.errorCode, "invalid_index_uid")
            let unknown = try await server.call(.post, "/indexes/products/search", json: ["q": "x", "colour": "red"])
            XCTAssertEqual(unknown.status, 400)
            XCTAssertEqual(unknown.errorCode, "bad_request")
            XCTAssertTrue(unknown.json["message"]?.stringValue?.contains("Unknown field `colour`") ?? false)
            let notObject = try await server.call(.post, "/indexes/products/search", json: [1, 2])
            XCTAssertEqual(notObject.errorCode, "bad_request")
            let badType = try await server.call(.post, "/indexes/products/search", json: ["limit": "ten"])
            XCTAssertEqual(badType.errorCode, "invalid_search_limit")
            let vector = try await server.call(.post, "/indexes/products/search", json: ["hybrid": ["embedder": "x"]])
            XCTAssertEqual(vector.errorCode, "invalid_search_hybrid_query")
            let tooLong = try await server.call(.post, "/indexes/products/search", json: ["q": .string(String(repeating: "a", count: 10_001))])
            XCTAssertEqual(tooLong.errorCode, "invalid_search_q")
        }
    }

    func testMultiSearchAnswersEachQueryInOrder() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            try await Fixtures.seed(server, uid: "other")
            let response = try await server.call(.post, "/multi-search", json: ["queries": [
                ["indexUid": "products", "q": "scarf"], ["indexUid": "other", "q": "jeans", "limit": 1],
            ]])
            XCTAssertEqual(response.status, 200, response.text)
            let results = response.json["results"]?.arrayValue ?? []
            XCTAssertEqual(results.count, 2)
            XCTAssertEqual(results[0]["indexUid"], "products")
            XCTAssertEqual(results[0]["hits"]?[0]?["id"], 3)
            XCTAssertEqual(results[1]["indexUid"], "other")
            XCTAssertEqual(results[1]["limit"], 1)
            XCTAssertEqual(results[1]["hits"]?[0]?["id"], 2)
        }
    }

    func testMultiSearchErrors() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let missingIndex = try await server.call(.post, "/multi-search", json: ["queries": [["indexUid": "products"], ["indexUid": "nope"]]])
            XCTAssertEqual(missingIndex.status, 400)
            XCTAssertEqual(missingIndex.errorCode, "index_not_found")
            XCTAssertEqual(missingIndex.json["message"], "Inside `.queries[1]`: Index `nope` not found.")
            let noQueries = try await server.call(.post, "/multi-search", json: [:])
            XCTAssertEqual(noQueries.errorCode, "bad_request")
            XCTAssertEqual(noQueries.json["message"], "Missing field `queries`")
            let array = try await server.call(.post, "/multi-search", json: [])
            XCTAssertEqual(array.errorCode, "bad_request")
            let noUID = try await server.call(.post, "/multi-search", json: ["queries": [["q": "a"]]])
            XCTAssertEqual(noUID.errorCode, "missing_index_uid")
            let badParameter = try await server.call(.post, "/multi-search", json: ["queries": [["indexUid": "products", "limit": -1]]])
            XCTAssertEqual(badParameter.errorCode, "invalid_search_limit")
            XCTAssertTrue(badParameter.json["message"]?.stringValue?.hasPrefix("Inside `.queries[0]`: ") ?? false)
            let federated = try await server.call(.post, "/multi-search", json: ["queries": [], "federation": [:]])
            XCTAssertEqual(federated.json["hits"], [])
            XCTAssertEqual(federated.json["limit"], 20)
            XCTAssertEqual(federated.json["estimatedTotalHits"], 0)
        }
    }

    func testFacetSearchValidatesItsRequest() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let missing = try await server.call(.post, "/indexes/products/facet-search", json: ["facetQuery": "r"])
            XCTAssertEqual(missing.errorCode, "missing_facet_search_facet_name")
            let notFacetable = try await server.call(.post, "/indexes/products/facet-search", json: ["facetName": "color"])
            XCTAssertEqual(notFacetable.errorCode, "invalid_facet_search_facet_name")
            let badQuery = try await server.call(.post, "/indexes/products/facet-search", json: ["facetName": "color", "facetQuery": 3])
            XCTAssertEqual(badQuery.errorCode, "invalid_facet_search_query")
            let badExhaustive = try await server.call(.post, "/indexes/products/facet-search", json: ["facetName": "color", "exhaustiveFacetCount": "yes"])
            XCTAssertEqual(badExhaustive.errorCode, "invalid_facet_search_exhaustive_facet_count")
            try await server.task(.patch, "/indexes/products/settings", json: ["facetSearch": false, "filterableAttributes": ["color"]])
            let disabled = try await server.call(.post, "/indexes/products/facet-search", json: ["facetName": "color"])
            XCTAssertEqual(disabled.errorCode, "facet_search_disabled")
            let missingIndex = try await server.call(.post, "/indexes/none/facet-search", json: ["facetName": "color"])
            XCTAssertEqual(missingIndex.status, 404)
        }
    }

    func testSearchConcurrencyLimitAnswers503WithRetryAfter() async throws {
        try await withServer({ $0.maxConcurrentSearches = 0 }) { server in
            try await Fixtures.seed(server)
            let refused = try await server.call(.post, "/indexes/products/search", json: ["q": "red"])
            XCTAssertEqual(refused.status, 503)
            XCTAssertEqual(refused.errorCode, "too_many_search_requests")
            XCTAssertEqual(refused.json["type"], "system")
            XCTAssertEqual(refused.headers[.retryAfter], "10")
        }
    }
}
