import Foundation
import LoupeJSON
import TestDatabase
import XCTest

/// The PostgreSQL server itself stopped and started again (`pg_ctl`, on a cluster of the test's own)
/// under a running `loupe serve --database-url`: during the outage searches still answer and `/health` is
/// degraded with a growing staleness; afterwards polling resumes from the watermark — no full reload —
/// and every change made around the restart is in memory.
final class PostgresRestartTests: XCTestCase {
    func testLoupeRidesOutAPostgresRestart() async throws {
        let cluster = try ThrowawayPostgres()
        defer { withExtendedLifetime(cluster) {} }   // its deinit stops the server: not before the test ends
        let database = try SyncTestDatabase(serverURL: cluster.url)
        try database.loadFixture()
        let server = try LoupeProcess(serve: ["--in-memory", "--database-url", database.url, "--poll-interval", "0.2"])
        defer { server.stop() }
        try await server.waitForSync("the initial load") { $0["status"] == "in_sync" }

        // A change the server may or may not have polled before the stop.
        try database.runScript("UPDATE product SET title = 'Medusa Polo' WHERE id = 'prod_shirt'")
        try cluster.stop()
        let down = try await server.waitForSync("a degraded sync", seconds: 30) { $0["status"] == "degraded" }
        XCTAssertNotNil(down["lastError"]?.stringValue, "\(down)")
        try await Task.sleep(for: .seconds(1))
        let health = try await server.call("GET", "/health")
        XCTAssertEqual(health.status, 200)
        XCTAssertEqual(health.json["status"], "degraded", "\(health.json)")
        XCTAssertGreaterThan(health.json["sync"]?["stalenessSeconds"]?.numberValue?.doubleValue ?? 0, 0.5, "\(health.json)")
        let search = try await server.call("POST", "/indexes/products/search", json: ["q": "mug"])
        XCTAssertEqual(search.status, 200, "the last generation keeps serving")
        XCTAssertEqual(search.json["hits"]?[0]?["id"], "prod_mug", "\(search.json)")

        try cluster.start()
        try database.runScript("""
            DELETE FROM product WHERE id = 'prod_mug';
            UPDATE price SET amount = 26, raw_amount = '{"value": "26", "precision": 20}' WHERE id = 'price_shirt_s_eur';
            """)
        let back = try await server.waitForSync("polling to resume", seconds: 60) { sync in
            sync["status"] == "in_sync" && (sync["lastPoll"]?["deletedDocuments"]?.numberValue?.int64Value ?? 0) == 1
        }
        XCTAssertEqual(back["lastPoll"]?["fullLoad"], false, "the poll after the outage starts from the watermark: \(back)")
        let verify = try await server.call("POST", "/sync/verify")
        XCTAssertEqual(verify.json["inSync"], true, "\(verify.json)")
        let healthy = try await server.call("GET", "/health")
        XCTAssertEqual(healthy.json["status"], "available", "\(healthy.json)")
    }
}
