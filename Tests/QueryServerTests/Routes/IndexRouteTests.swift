@testable import QueryServer
import LoupeJSON
import XCTest

final class IndexRouteTests: XCTestCase {
    func testIndexLifecycle() async throws {
        try await withServer { server in
            let created = try await server.task(.post, "/indexes", json: ["uid": "movies", "primaryKey": "mid"])
            XCTAssertEqual(created["type"], "indexCreation")
            XCTAssertEqual(created["details"], ["primaryKey": "mid"])
            let index = try await server.call(.get, "/indexes/movies").json
            XCTAssertEqual(index["uid"], "movies")
            XCTAssertEqual(index["primaryKey"], "mid")
            XCTAssertNotNil(index["createdAt"]?.stringValue.flatMap { Timestamp(rfc3339: $0) })
            let again = try await server.task(.post, "/indexes", json: ["uid": "movies"])
            XCTAssertEqual(again["status"], "failed")
            XCTAssertEqual(again["error"]?["code"], "index_already_exists")
            try await server.task(.post, "/indexes", json: ["uid": "books"])
            let list = try await server.call(.get, "/indexes?limit=1&offset=1").json
            XCTAssertEqual(list["total"], 2)
            XCTAssertEqual(list["results"]?[0]?["uid"], "movies")
            let update = try await server.task(.patch, "/indexes/books", json: ["primaryKey": "isbn"])
            XCTAssertEqual(update["status"], "succeeded")
            do { let value = try await server.call(.get, "/indexes/books").json["primaryKey"]; XCTAssertEqual(value, "isbn") }
            let deletion = try await server.task(.delete, "/indexes/books")
            XCTAssertEqual(deletion["type"], "indexDeletion")
            do { let value = try await server.call(.get, "/indexes/books").errorCode; XCTAssertEqual(value, "index_not_found") }
            let deleteMissing = try await server.task(.delete, "/indexes/books")
            XCTAssertEqual(deleteMissing["error"]?["code"], "index_not_found")
        }
    }

    func testIndexRequestErrors() async throws {
        try await withServer { server in
            let invalid = try await server.call(.post, "/indexes", json: ["uid": "no spaces"])
            XCTAssertEqual(invalid.status, 400)
            XCTAssertEqual(invalid.errorCode, "invalid_index_uid")
            let missing = try await server.call(.post, "/indexes", json: ["primaryKey": "id"])
            XCTAssertEqual(missing.errorCode, "missing_index_uid")
            let unknown = try await server.call(.post, "/indexes", json: ["uid": "a", "name": "A"])
            XCTAssertEqual(unknown.errorCode, "bad_request")
            let badKey = try await server.call(.post, "/indexes", json: ["uid": "a", "primaryKey": 3])
            XCTAssertEqual(badKey.errorCode, "invalid_index_primary_key")
            let badLimit = try await server.call(.get, "/indexes?limit=-2")
            XCTAssertEqual(badLimit.errorCode, "invalid_index_limit")
            try await Fixtures.seed(server)
            let changeKey = try await server.task(.patch, "/indexes/products", json: ["primaryKey": "sku"])
            XCTAssertEqual(changeKey["error"]?["code"], "index_primary_key_already_exists")
        }
    }

    func testIndexStats() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            try await server.task(.post, "/indexes/products/documents", json: [["id": 4, "title": "Hat"]])
            let stats = try await server.call(.get, "/indexes/products/stats").json
            XCTAssertEqual(stats["numberOfDocuments"], 4)
            XCTAssertEqual(stats["isIndexing"], false)
            XCTAssertEqual(stats["fieldDistribution"], ["color": 3, "id": 4, "price": 3, "title": 4])
        }
    }
}
