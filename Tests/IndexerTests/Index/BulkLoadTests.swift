import Indexer
import LoupeJSON
import XCTest

/// NDJSON loading splits the input across cores; the result must equal loading the same documents in
/// one batch, including replacements across chunks, and a bad line must fail the whole batch by number.
final class BulkLoadTests: XCTestCase {
    private func ndjson(_ documents: [JSONValue]) -> [UInt8] {
        var bytes: [UInt8] = []
        for document in documents {
            bytes += document.serialized()
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    private func documents() -> [JSONValue] {
        (0..<3_000).map { n in
            // Ids repeat after 2,500 so later lines (in a later chunk) replace earlier ones.
            let id = n < 2_500 ? n : n - 2_400
            return ["id": .number(JSONNumber(id)), "title": .string("product \(n) \(["red", "blue"][n % 2]) padding text to make the input larger than one chunk")]
        }
    }

    func testParallelLoadMatchesSequentialLoad() throws {
        let parallel = Index(uid: "p", primaryKey: "id")
        XCTAssertEqual(try parallel.addDocuments(ndjson: ndjson(documents())), 3_000)
        let sequential = Index(uid: "s", primaryKey: "id")
        try sequential.addDocuments(documents())
        XCTAssertEqual(parallel.documentCount, 2_500)
        XCTAssertEqual(parallel.documentCount, sequential.documentCount)
        for query in ["red", "blue product", "product 2450", "product 150"] {
            var request = SearchRequest(query: query)
            request.limit = 50
            XCTAssertEqual(try parallel.search(request).hitIDs, try sequential.search(request).hitIDs, query)
        }
        XCTAssertEqual(try JSONParser.parse(parallel.generation.document(id: "150")!)["title"], "product 2550 red padding text to make the input larger than one chunk")
    }

    func testBadLineFailsWholeBatchWithItsNumber() throws {
        let index = Index(uid: "t", primaryKey: "id")
        var bytes = ndjson(Array(documents().prefix(2_000)))
        bytes += Array("{\"id\": \"bad id!\"}\n".utf8)
        bytes += ndjson(Array(documents().prefix(10)))
        XCTAssertThrowsError(try index.addDocuments(ndjson: bytes)) { error in
            let error = error as? EngineError
            XCTAssertEqual(error?.code, "invalid_document_id")
            XCTAssertTrue(error?.message.contains("Line 2001") ?? false, error?.message ?? "")
        }
        XCTAssertThrowsError(try index.addDocuments(ndjson: Array("{\"id\": 1}\n{\"id\": 2,}\n".utf8))) { error in
            XCTAssertEqual((error as? EngineError)?.code, "malformed_payload")
            XCTAssertTrue((error as? EngineError)?.message.contains("line 2") ?? false)
        }
        XCTAssertEqual(index.documentCount, 0)
    }
}
