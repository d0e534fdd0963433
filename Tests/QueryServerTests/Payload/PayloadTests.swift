@testable import QueryServer
import LoupeJSON
import XCTest

final class PayloadTests: XCTestCase {
    func testOversizedBodiesAre413() async throws {
        try await withServer({ $0.maxSearchPayloadBytes = 64; $0.maxPayloadBytes = 256 }) { server in
            try await Fixtures.seed(server)
            let big = JSONValue.object(["q": .string(String(repeating: "a", count: 100))])
            let search = try await server.call(.post, "/indexes/products/search", json: big)
            XCTAssertEqual(search.status, 413)
            XCTAssertEqual(search.errorCode, "payload_too_large")
            XCTAssertEqual(search.json["type"], "invalid_request")
            let documents = JSONValue.array((0..<10).map { .object(["id": .int($0), "title": "long enough title"]) })
            let write = try await server.call(.post, "/indexes/products/documents", json: documents)
            XCTAssertEqual(write.status, 413)
        }
    }

    func testMalformedJSONNamesLineAndColumn() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let response = try await server.call(.post, "/indexes/products/search", raw: Array("{\n \"q\": \"red\",\n}".utf8))
            XCTAssertEqual(response.status, 400)
            XCTAssertEqual(response.errorCode, "malformed_payload")
            let message = response.json["message"]?.stringValue ?? ""
            XCTAssertTrue(message.contains("line 3") && message.contains("column"), message)
        }
    }

    func testContentTypeChecks() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let missing = try await server.call(.post, "/indexes/products/search", raw: Array("{}".utf8), contentType: "")
            XCTAssertEqual(missing.status, 415)
            XCTAssertEqual(missing.errorCode, "missing_content_type")
            let wrong = try await server.call(.post, "/indexes/products/search", raw: Array("{}".utf8), contentType: "text/plain")
            XCTAssertEqual(wrong.status, 415)
            XCTAssertEqual(wrong.errorCode, "invalid_content_type")
            let csvOnSearch = try await server.call(.post, "/indexes/products/search", raw: Array("id\n1".utf8), contentType: "text/csv")
            XCTAssertEqual(csvOnSearch.errorCode, "invalid_content_type")
            let charset = try await server.call(.post, "/indexes/products/search", raw: Array("{}".utf8), contentType: "application/json; charset=utf-8")
            XCTAssertEqual(charset.status, 200)
            let empty = try await server.call(.post, "/indexes/products/search", raw: [], contentType: "application/json")
            XCTAssertEqual(empty.status, 400)
            XCTAssertEqual(empty.errorCode, "missing_payload")
        }
    }

    func testLongRequestTargetsAreRefused() async throws {
        try await withServer({ $0.maxURILength = 256 }) { server in
            let response = try await server.call(.get, "/indexes/products/search?q=" + String(repeating: "a", count: 300))
            XCTAssertEqual(response.status, 414)
            XCTAssertEqual(response.errorCode, "uri_too_long")
        }
    }
}
