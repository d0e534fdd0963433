import LoupeJSON
import XCTest

final class SystemRouteTests: XCTestCase {
    func testHealthVersionStats() async throws {
        try await withServer { server in
            do { let value = try await server.call(.get, "/health").json; XCTAssertEqual(value, ["status": "available"]) }
            let version = try await server.call(.get, "/version").json
            XCTAssertNotNil(version["pkgVersion"]?.stringValue)
            try await Fixtures.seed(server)
            let stats = try await server.call(.get, "/stats").json
            XCTAssertEqual(stats["indexes"]?["products"]?["numberOfDocuments"], 3)
            XCTAssertNotNil(stats["lastUpdate"]?.stringValue)
        }
    }

    func testCORSPreflightAndHeaders() async throws {
        try await withServer(masterKey: "cors-master-key-0123456789") { server in
            var anonymous = server
            anonymous.bearer = nil
            let preflight = try await anonymous.call(.options, "/indexes/products/search", headers: [
                "Origin": "https://shop.example", "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type, x-meilisearch-client",
            ])
            XCTAssertEqual(preflight.status, 204)
            XCTAssertEqual(preflight.headers[.accessControlAllowOrigin], "*")
            XCTAssertEqual(preflight.headers[.accessControlAllowMethods], "POST")
            XCTAssertEqual(preflight.headers[.accessControlAllowHeaders], "authorization, content-type, x-meilisearch-client")
            XCTAssertEqual(preflight.headers[.accessControlMaxAge], "86400")
            let denied = try await anonymous.call(.get, "/indexes", headers: ["Origin": "https://shop.example"])
            XCTAssertEqual(denied.status, 401)
            XCTAssertEqual(denied.headers[.accessControlAllowOrigin], "*", "errors carry CORS headers too")
        }
    }

    func testRequestIDIsEchoed() async throws {
        try await withServer { server in
            let generated = try await server.call(.get, "/health")
            XCTAssertFalse((generated.headers[.init("X-Request-Id")!] ?? "").isEmpty)
            let given = try await server.call(.get, "/health", headers: ["X-Request-Id": "abc-123"])
            XCTAssertEqual(given.headers[.init("X-Request-Id")!], "abc-123")
        }
    }

    func testUnknownRouteIsJSON404() async throws {
        try await withServer { server in
            let response = try await server.call(.get, "/nowhere")
            XCTAssertEqual(response.status, 404)
            XCTAssertEqual(response.errorCode, "route_not_found")
        }
    }

    func testMetricsExposeLatencyAndIndexGauges() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            try await server.call(.post, "/indexes/products/search", json: ["q": "red"])
            let metrics = try await server.call(.get, "/metrics")
            XCTAssertEqual(metrics.status, 200)
            let text = metrics.text
            XCTAssertTrue(text.contains(#"loupe_http_request_duration_seconds_count{route="/indexes/{uid}/search",method="POST",status="200"} 1"#), text)
            XCTAssertTrue(text.contains(#"loupe_index_documents{index="products"} 3"#), text)
            XCTAssertTrue(text.contains(#"loupe_index_generation{index="products"}"#), text)
            try await server.task(.delete, "/indexes/products")
            let after = try await server.call(.get, "/metrics").text
            XCTAssertFalse(after.contains(#"loupe_index_documents{index="products"}"#), "gauges of deleted indexes go away")
        }
    }
}
