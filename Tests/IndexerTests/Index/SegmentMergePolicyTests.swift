@testable import Indexer
import LoupeJSON
import XCTest

/// The segment merge policy under a stream of small writes: few segments, large segments left alone,
/// nothing lost, insertion order kept; and merges within one write build on earlier copies of an id.
final class SegmentMergePolicyTests: XCTestCase {
    private func document(_ number: Int) -> JSONValue {
        ["id": .number(JSONNumber(number)), "title": .string("streamed item \(number)")]
    }

    func testSingleDocumentWritesKeepFewSegmentsAndLeaveTheLargeOneAlone() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments((0..<2_000).map(document))
        let large = try XCTUnwrap(index.generation.views.first?.segment)
        var most = 0
        for number in 2_000..<3_000 {
            try index.addDocuments([document(number)])
            most = max(most, index.generation.views.count)
        }
        XCTAssertTrue(index.generation.views.first?.segment === large, "1,000 small writes do not rebuild the 2,000-document segment")
        XCTAssertLessThanOrEqual(most, 1 + 3 * 5, "at most fan-in − 1 segments per size tier")
        XCTAssertEqual(index.documentCount, 3_000)
        var request = SearchRequest(query: "streamed")
        request.limit = 5
        XCTAssertEqual(try index.search(request).totalHits, 3_000)
        XCTAssertEqual(index.generation.documents(offset: 2_990, limit: 3).documents.compactMap { try? JSONParser.parse($0)["id"] },
                       [2_990, 2_991, 2_992], "insertion order survives the merges")
    }

    func testSegmentsWithNoLiveDocumentLeave() throws {
        let index = Index(uid: "t", primaryKey: "id")
        for _ in 0..<3 { try index.addDocuments([document(1)]) }
        XCTAssertEqual(index.generation.views.count, 1, "replaced copies' segments are dropped")
        XCTAssertEqual(index.documentCount, 1)
    }

    func testRepeatedIdInOneUpdateMergesOntoTheEarlierCopy() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": 1, "kept": true]])
        try index.updateDocuments([["id": 1, "color": "red"], ["id": 1, "size": 9], ["id": 2, "size": 1]])
        let stored = try XCTUnwrap(index.generation.document(id: "1"))
        XCTAssertEqual(try JSONParser.parse(stored), ["id": 1, "kept": true, "color": "red", "size": 9])
        XCTAssertEqual(index.documentCount, 2)
    }
}
