import LoupeJSON
import XCTest

final class DocumentRouteTests: XCTestCase {
    func testAddingDocumentsCreatesTheIndexAndReportsTheTask() async throws {
        try await withServer { server in
            let accepted = try await server.call(.post, "/indexes/shop/documents", json: Fixtures.products)
            XCTAssertEqual(accepted.status, 202)
            XCTAssertEqual(accepted.json["status"], "enqueued")
            XCTAssertEqual(accepted.json["type"], "documentAdditionOrUpdate")
            XCTAssertEqual(accepted.json["indexUid"], "shop")
            let uid = try XCTUnwrap(accepted.json["taskUid"]?.numberValue?.int64Value)
            let task = try await server.call(.get, "/tasks/\(uid)").json
            XCTAssertEqual(task["status"], "succeeded")
            XCTAssertEqual(task["details"], ["receivedDocuments": 3, "indexedDocuments": 3])
            XCTAssertTrue(task["duration"]?.stringValue?.hasPrefix("PT") ?? false)
            let index = try await server.call(.get, "/indexes/shop").json
            XCTAssertEqual(index["primaryKey"], "id")
        }
    }

    func testGetOneListAndFields() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let one = try await server.call(.get, "/indexes/products/documents/2")
            XCTAssertEqual(one.json, ["id": 2, "title": "Blue Jeans", "color": "blue", "price": 60])
            let projected = try await server.call(.get, "/indexes/products/documents/2?fields=title")
            XCTAssertEqual(projected.json, ["title": "Blue Jeans"])
            let missing = try await server.call(.get, "/indexes/products/documents/99")
            XCTAssertEqual(missing.status, 404)
            XCTAssertEqual(missing.errorCode, "document_not_found")
            let page = try await server.call(.get, "/indexes/products/documents?offset=1&limit=1&fields=id")
            XCTAssertEqual(page.json, ["results": [["id": 2]], "offset": 1, "limit": 1, "total": 3])
            let fetched = try await server.call(.post, "/indexes/products/documents/fetch", json: ["ids": ["3", 1], "fields": ["id"]])
            XCTAssertEqual(fetched.json["results"], [["id": 3], ["id": 1]])
            let badFetch = try await server.call(.post, "/indexes/products/documents/fetch", json: ["limit": "x"])
            XCTAssertEqual(badFetch.errorCode, "invalid_document_limit")
            let badOffset = try await server.call(.get, "/indexes/products/documents?offset=-1")
            XCTAssertEqual(badOffset.errorCode, "invalid_document_offset")
        }
    }

    func testPutMergesAndPostReplaces() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            try await server.task(.put, "/indexes/products/documents", json: [["id": 1, "price": 99]])
            let merged = try await server.call(.get, "/indexes/products/documents/1").json
            XCTAssertEqual(merged, ["id": 1, "title": "Red Jacket", "color": "red", "price": 99])
            try await server.task(.post, "/indexes/products/documents", json: [["id": 1, "price": 5]])
            let replaced = try await server.call(.get, "/indexes/products/documents/1").json
            XCTAssertEqual(replaced, ["id": 1, "price": 5])
            try await server.task(.put, "/indexes/products/documents?skipCreation=true", json: [["id": 50, "title": "new"]])
            let skipped = try await server.call(.get, "/indexes/products/documents/50")
            XCTAssertEqual(skipped.status, 404)
        }
    }

    func testNDJSONAndCSVBodies() async throws {
        try await withServer { server in
            let ndjson = Array("{\"id\":\"a\",\"title\":\"One\"}\n\n{\"id\":\"b\",\"title\":\"Two\"}\n".utf8)
            let task = try await server.task(.post, "/indexes/lines/documents", raw: ndjson, contentType: "application/x-ndjson")
            XCTAssertEqual(task["details"]?["indexedDocuments"], 2)
            let csv = Array("id;title;price:number;stock:boolean\n1;\"Semi; colon\";10.5;true\n2;Plain;;false\n".utf8)
            let csvTask = try await server.task(.post, "/indexes/sheet/documents?csvDelimiter=%3B", raw: csv, contentType: "text/csv")
            XCTAssertEqual(csvTask["status"], "succeeded", csvTask.jsonString)
            let first = try await server.call(.get, "/indexes/sheet/documents/1").json
            XCTAssertEqual(first, ["id": "1", "title": "Semi; colon", "price": 10.5, "stock": true])
            let second = try await server.call(.get, "/indexes/sheet/documents/2").json
            XCTAssertEqual(second["price"], .null)
            let badCSV = try await server.call(.post, "/indexes/sheet/documents", raw: Array("id,price:number\n1,abc\n".utf8), contentType: "text/csv")
            XCTAssertEqual(badCSV.errorCode, "malformed_payload")
            XCTAssertTrue(badCSV.json["message"]?.stringValue?.contains("line 2") ?? false, badCSV.text)
            let badNDJSON = try await server.call(.post, "/indexes/lines/documents", raw: Array("{\"id\":1}\n{oops}\n".utf8), contentType: "application/x-ndjson")
            XCTAssertEqual(badNDJSON.errorCode, "malformed_payload")
            XCTAssertTrue(badNDJSON.json["message"]?.stringValue?.contains("line 2") ?? false, badNDJSON.text)
            let badDelimiter = try await server.call(.post, "/indexes/sheet/documents?csvDelimiter=ab", raw: Array("id\n1\n".utf8), contentType: "text/csv")
            XCTAssertEqual(badDelimiter.errorCode, "invalid_document_csv_delimiter")
        }
    }

    func testDeletions() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let one = try await server.task(.delete, "/indexes/products/documents/1")
            XCTAssertEqual(one["type"], "documentDeletion")
            XCTAssertEqual(one["details"]?["deletedDocuments"], 1)
            let batch = try await server.task(.post, "/indexes/products/documents/delete-batch", json: [2, "99"])
            XCTAssertEqual(batch["details"], ["providedIds": 2, "deletedDocuments": 1])
            let all = try await server.task(.delete, "/indexes/products/documents")
            XCTAssertEqual(all["details"]?["deletedDocuments"], 1)
            let left = try await server.call(.get, "/indexes/products/documents").json
            XCTAssertEqual(left["total"], 0)
            let badBatch = try await server.call(.post, "/indexes/products/documents/delete-batch", json: [["id": 1]])
            XCTAssertEqual(badBatch.errorCode, "bad_request")
            let missingFilter = try await server.call(.post, "/indexes/products/documents/delete", json: [:])
            XCTAssertEqual(missingFilter.errorCode, "missing_document_filter")
            let onMissingIndex = try await server.task(.delete, "/indexes/ghost/documents/1")
            XCTAssertEqual(onMissingIndex["status"], "failed")
            XCTAssertEqual(onMissingIndex["error"]?["code"], "index_not_found")
        }
    }

    func testFailedAdditionsAreFailedTasks() async throws {
        try await withServer { server in
            let noKey = try await server.task(.post, "/indexes/keyless/documents", json: [["title": "no id field"]])
            XCTAssertEqual(noKey["status"], "failed")
            XCTAssertEqual(noKey["error"]?["code"], "index_primary_key_no_candidate_found")
            do { let value = try await server.call(.get, "/indexes/keyless").status; XCTAssertEqual(value, 404, "a failed first addition creates no index") }
            let two = try await server.task(.post, "/indexes/two/documents", json: [["id": 1, "sku_id": 2]])
            XCTAssertEqual(two["error"]?["code"], "index_primary_key_multiple_candidates_found")
            let badID = try await server.task(.post, "/indexes/bad/documents?primaryKey=id", json: [["id": "a b"]])
            XCTAssertEqual(badID["error"]?["code"], "invalid_document_id")
            let missingID = try await server.task(.post, "/indexes/bad/documents?primaryKey=id", json: [["title": "x"]])
            XCTAssertEqual(missingID["error"]?["code"], "missing_document_id")
            try await Fixtures.seed(server)
            let otherKey = try await server.task(.post, "/indexes/products/documents?primaryKey=sku", json: [["sku": 1]])
            XCTAssertEqual(otherKey["error"]?["code"], "index_primary_key_already_exists")
            XCTAssertEqual(otherKey["error"]?["type"], "invalid_request")
            let unknownParameter = try await server.call(.post, "/indexes/products/documents?primary=id", json: [["id": 1]])
            XCTAssertEqual(unknownParameter.errorCode, "bad_request")
        }
    }
}
