import Indexer
import LoupeJSON
import XCTest

/// Two consecutive query words also find their concatenation, as one typo.
final class ConcatenationTests: XCTestCase {
    func testConsecutiveWordsMatchTheirConcatenation() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([
            ["id": 1, "title": "sunflower oil"],
            ["id": 2, "title": "sun hat"],
            ["id": 3, "title": "flower pot"],
            ["id": 4, "title": "sun and flower print"],
        ])
        let hits = try index.search(SearchRequest(query: "sun flower ")).hitIDs
        // Both words exactly (no typo) first, then the concatenation (one typo), then "sun" alone.
        XCTAssertEqual(hits, ["4", "1", "2"])
        var highlighted = SearchRequest(query: "sun flower ")
        highlighted.attributesToHighlight = ["title"]
        let first = try JSONParser.parse(index.search(highlighted).hits[1])
        XCTAssertEqual(first["_formatted"]?["title"], "<em>sunflower</em> oil")
    }
}
