import Indexer
import LoupeJSON
import XCTest

/// Searches running while documents are written always see a whole generation: every search sees
/// either all or none of each batch.
final class LiveUpdateTests: XCTestCase {
    func testConcurrentSearchesSeeWholeBatches() async throws {
        let index = Index(uid: "t", primaryKey: "id")
        let batches = 60, batchSize = 20
        let readers = (0..<2).map { _ in
            Task.detached {
                var last = 0
                for _ in 0..<300 {
                    var request = SearchRequest(query: "marker")
                    request.limit = 0
                    let total = try index.search(request).totalHits
                    XCTAssertEqual(total % batchSize, 0, "a search saw part of a batch")
                    XCTAssertGreaterThanOrEqual(total, last, "a search went back in time")
                    last = total
                    await Task.yield()
                }
            }
        }
        for batch in 0..<batches {
            let documents: [JSONValue] = (0..<batchSize).map { n in
                ["id": .number(JSONNumber(batch * batchSize + n)), "title": .string("batch\(batch) marker shoe")]
            }
            try index.addDocuments(documents)
            await Task.yield()
        }
        for reader in readers { try await reader.value }
        XCTAssertEqual(index.documentCount, batches * batchSize)
        XCTAssertEqual(index.deleteDocuments(ids: (0..<batchSize).map(String.init)), batchSize)
        var request = SearchRequest(query: "marker")
        request.limit = 0
        XCTAssertEqual(try index.search(request).totalHits, (batches - 1) * batchSize)
    }
}
