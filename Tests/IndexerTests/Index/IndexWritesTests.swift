import Indexer
import LoupeJSON
import XCTest

/// Adding, replacing, merging and deleting documents, and the typed errors of bad documents.
final class IndexWritesTests: XCTestCase {
    private func ids(_ index: Index, _ query: String? = nil) throws -> [String] {
        var request = SearchRequest(query: query)
        request.limit = 100
        return try index.search(request).hitIDs
    }

    func testReplaceKeepsOneCopyAndNewestContent() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": 1, "title": "red jacket"], ["id": 2, "title": "blue jeans"]])
        try index.addDocuments([["id": 1, "title": "green scarf"]])
        XCTAssertEqual(index.documentCount, 2)
        XCTAssertEqual(try ids(index, "jacket"), [])
        XCTAssertEqual(try ids(index, "scarf"), ["1"])
        XCTAssertEqual(try ids(index), ["2", "1"])
    }

    func testRepeatedIdInOneBatchKeepsTheLast() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": "a", "title": "first"], ["id": "a", "title": "second"]])
        XCTAssertEqual(index.documentCount, 1)
        XCTAssertEqual(try ids(index, "second"), ["a"])
        XCTAssertEqual(try ids(index, "first"), [])
    }

    func testUpdateMergesFields() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": 1, "title": "red jacket", "price": 10]])
        try index.updateDocuments([["id": 1, "price": 12]])
        let stored = try JSONParser.parse(index.generation.document(id: "1")!)
        XCTAssertEqual(stored["title"], "red jacket")
        XCTAssertEqual(stored["price"], 12)
    }

    func testDeleteRemovesFromSearchAndCount() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": 1, "title": "red jacket"], ["id": 2, "title": "red scarf"]])
        XCTAssertEqual(index.deleteDocuments(ids: ["1", "404"]), 1)
        XCTAssertEqual(try ids(index, "red"), ["2"])
        index.deleteAllDocuments()
        XCTAssertEqual(index.documentCount, 0)
        XCTAssertEqual(try ids(index), [])
    }

    func testIntegerAndStringIdsAreTheSameDocument() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": 7, "title": "one"]])
        try index.addDocuments([["id": "7", "title": "two"]])
        XCTAssertEqual(index.documentCount, 1)
    }

    func testBadDocumentsFailTheBatchWithTypedErrors() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([["id": 1, "title": "kept"]])
        let cases: [(JSONValue, String)] = [
            (["title": "no id"], "missing_document_id"),
            (["id": "a b", "title": "space"], "invalid_document_id"),
            (["id": 1.5], "invalid_document_id"),
            (["id": true], "invalid_document_id"),
            (["id": .string(String(repeating: "x", count: 512))], "invalid_document_id"),
            ([1, 2], "malformed_payload"),
        ]
        for (document, code) in cases {
            XCTAssertThrowsError(try index.addDocuments([["id": 2, "title": "fine"], document])) { error in
                let engineError = error as? EngineError
                XCTAssertEqual(engineError?.code, code, "\(document.jsonString)")
                XCTAssertTrue(engineError?.message.contains("position 1") ?? false, engineError?.message ?? "")
            }
        }
        XCTAssertEqual(index.documentCount, 1, "a failed batch changes nothing")
    }

    func testPrimaryKeyInference() throws {
        let index = Index(uid: "t")
        try index.addDocuments([["sku_id": "a1", "title": "x"]])
        XCTAssertEqual(index.primaryKey, "sku_id")
        let ambiguous = Index(uid: "u")
        XCTAssertThrowsError(try ambiguous.addDocuments([["id": 1, "product_id": 2]])) { error in
            XCTAssertEqual((error as? EngineError)?.code, "index_primary_key_multiple_candidates_found")
        }
    }

    func testManySmallBatchesStayBoundedInSegmentsAndOrdered() throws {
        let index = Index(uid: "t", primaryKey: "id")
        for batch in 0..<40 {
            try index.addDocuments((0..<5).map { ["id": .number(JSONNumber(batch * 5 + $0)), "title": .string("item number \(batch * 5 + $0)")] })
        }
        XCTAssertEqual(index.documentCount, 200)
        var request = SearchRequest()
        request.limit = 1000
        request.offset = 0
        let all = try index.search(request)
        XCTAssertEqual(all.hitIDs.prefix(20), (0..<20).map(String.init)[...], "placeholder order is insertion order after merges")
        XCTAssertEqual(try ids(index, "item"), Array((0..<100).map(String.init)), "limit 100")
    }
}
