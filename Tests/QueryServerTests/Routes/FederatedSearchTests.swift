import LoupeJSON
@testable import QueryServer
import XCTest

final class FederatedSearchTests: XCTestCase {
    private static let articles: JSONValue = [
        ["id": "a1", "title": "How to wash a red jacket"],
        ["id": "a2", "title": "Scarf knots for winter"],
    ]

    private static func seedBoth(_ server: TestServer) async throws {
        try await Fixtures.seed(server)
        let task = try await server.task(.post, "/indexes/articles/documents?primaryKey=id", json: Self.articles)
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
    }

    func testHitsOfSeveralIndexesAreMergedByWeightedScore() async throws {
        try await withServer { server in
            try await Self.seedBoth(server)
            let body: JSONValue = ["federation": [:], "queries": [
                ["indexUid": "products", "q": "red jacket"],
                ["indexUid": "articles", "q": "red jacket", "federationOptions": ["weight": 0.5]],
            ]]
            let response = try await server.call(.post, "/multi-search", json: body)
            XCTAssertEqual(response.status, 200, response.text)
            let hits = try XCTUnwrap(response.json["hits"]?.arrayValue)
            XCTAssertEqual(hits.first?["id"], 1, "the product matches every word at full weight")
            XCTAssertEqual(hits.first?["_federation"]?["indexUid"], "products")
            XCTAssertEqual(hits.first?["_federation"]?["queriesPosition"], 0)
            XCTAssertNil(hits.first?["_rankingScore"], "scores only when a query asks for them")
            let scores = hits.compactMap { $0["_federation"]?["weightedRankingScore"]?.numberValue?.doubleValue }
            XCTAssertEqual(scores, scores.sorted(by: >), "merged by weighted score")
            let article = try XCTUnwrap(hits.first { $0["id"] == "a1" })
            XCTAssertLessThanOrEqual(article["_federation"]?["weightedRankingScore"]?.numberValue?.doubleValue ?? 1, 0.5)
            XCTAssertEqual(response.json["limit"], 20)
            XCTAssertEqual(response.json["offset"], 0)
            XCTAssertNil(response.json["results"])
        }
    }

    func testDuplicatesCollapseAndPagesCut() async throws {
        try await withServer { server in
            try await Self.seedBoth(server)
            let body: JSONValue = ["federation": ["limit": 1, "offset": 1], "queries": [
                ["indexUid": "products", "q": ""],
                ["indexUid": "products", "q": "red jacket", "showRankingScore": true],
            ]]
            let response = try await server.call(.post, "/multi-search", json: body)
            XCTAssertEqual(response.status, 200, response.text)
            XCTAssertEqual(response.json["hits"]?.arrayValue?.count, 1)
            let all = try await server.call(.post, "/multi-search", json: ["federation": ["page": 1, "hitsPerPage": 10], "queries": [
                ["indexUid": "products", "q": ""], ["indexUid": "products", "q": "red jacket"],
            ]])
            let ids = all.json["hits"]?.arrayValue?.compactMap { $0["id"] } ?? []
            XCTAssertEqual(ids.count, 3, all.text)
            XCTAssertEqual(ids.count, Set(ids).count, "a document found twice appears once")
            XCTAssertEqual(all.json["totalHits"], .int(ids.count))
            XCTAssertEqual(all.json["totalPages"], 1)
        }
    }

    func testFederatedRequestsAreValidated() async throws {
        try await withServer { server in
            try await Self.seedBoth(server)
            let cases: [(JSONValue, String)] = [
                (["federation": [:], "queries": [["indexUid": "products", "limit": 5]]], "invalid_multi_search_query_pagination"),
                (["federation": [:], "queries": [["indexUid": "products", "facets": ["color"]]]], "invalid_multi_search_query_facets"),
                (["federation": [:], "queries": [["indexUid": "products", "federationOptions": ["weight": -1]]]], "invalid_multi_search_weight"),
                (["federation": [:], "queries": [["indexUid": "products", "federationOptions": ["remote": "x"]]]], "invalid_multi_search_federation_options"),
                (["queries": [["indexUid": "products", "federationOptions": ["weight": 2]]]], "invalid_multi_search_federation_options"),
                (["federation": ["limit": "ten"], "queries": []], "invalid_multi_search_federated"),
                (["federation": ["offset": 990, "limit": 20], "queries": []], "invalid_multi_search_federated"),
                (["federation": ["distinct": "id"], "queries": []], "feature_not_enabled"),
                (["federation": [:], "queries": [["indexUid": "nope"]]], "index_not_found"),
            ]
            for (body, code) in cases {
                let response = try await server.call(.post, "/multi-search", json: body)
                XCTAssertEqual(response.status, 400, body.jsonString)
                XCTAssertEqual(response.errorCode, code, response.text)
            }
        }
    }
}
