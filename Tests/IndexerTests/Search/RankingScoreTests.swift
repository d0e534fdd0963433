import Indexer
import LoupeJSON
import XCTest

/// `showRankingScore`: a score in (0, 1] per hit that never increases down the ranking, higher for a
/// better match, 1 for placeholder hits.
final class RankingScoreTests: XCTestCase {
    func testScoresFollowTheRanking() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([
            ["id": 1, "title": "leather jaket"],
            ["id": 2, "title": "leather jacket"],
            ["id": 3, "title": "jacket in brown leather"],
            ["id": 4, "title": "leather boots"],
        ])
        var request = SearchRequest(query: "leather jacket")
        request.showRankingScore = true
        let result = try index.search(request)
        let scores = try result.hits.map { try XCTUnwrap(JSONParser.parse($0)["_rankingScore"]?.numberValue?.doubleValue) }
        XCTAssertEqual(result.hitIDs.first, "2")
        XCTAssertEqual(result.hitIDs.last, "4")
        XCTAssertTrue(scores.allSatisfy { $0 > 0 && $0 <= 1 }, "\(scores)")
        XCTAssertEqual(scores, scores.sorted(by: >), "scores follow the ranking")
        XCTAssertGreaterThan(scores[0], scores[scores.count - 1])

        request.query = nil
        let placeholder = try index.search(request)
        XCTAssertTrue(try placeholder.hits.allSatisfy { try JSONParser.parse($0)["_rankingScore"] == 1 })
    }

    func testUnsupportedScoreOptionsAreRejected() throws {
        let index = Index(uid: "t", primaryKey: "id")
        var request = SearchRequest(query: "x")
        request.rankingScoreThreshold = 0.5
        XCTAssertThrowsError(try index.search(request)) { error in
            XCTAssertEqual((error as? EngineError)?.code, "feature_not_enabled")
        }
    }
}
