import Foundation
import LoupeJSON
import TestDatabase
import XCTest

/// A real `loupe serve --database-url --data-dir` stopped and started again: it resumes polling from the
/// watermark saved in its snapshot (no full reload) and still sees every change committed while it was
/// down — inserts, updates, hard deletes and price changes.
final class SyncRestartTests: XCTestCase {
    func testARestartedServerResumesFromItsWatermarkAndMissesNothing() async throws {
        let database = try SyncTestDatabase()
        try database.loadFixture()
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let arguments = ["--database-url", database.url, "--poll-interval", "0.2"]

        let first = try LoupeProcess(dataDir: directory.path, extra: arguments)
        defer { if first.process.isRunning { first.stop() } }
        try await first.waitForSync("the initial load") { $0["status"] == "in_sync" }
        let inSync = try await first.verifyAfterNextPoll()
        XCTAssertEqual(inSync["inSync"], true, "\(inSync)")
        let snapshot = try await first.call("POST", "/snapshots")
        XCTAssertEqual(snapshot.status, 202, "\(snapshot.json)")
        first.signal(SIGTERM)
        XCTAssertEqual(first.waitForExit(seconds: 20), 0, first.logText)

        try database.runScript("""
            INSERT INTO product (id, title, handle, status) VALUES ('prod_cap', 'Baseball Cap', 'cap', 'published');
            INSERT INTO product_sales_channel (product_id, sales_channel_id, id) VALUES ('prod_cap', 'sc_default', 'prodsc_cap');
            INSERT INTO product_variant (id, title, sku, product_id, manage_inventory) VALUES ('variant_cap', 'One size', 'CAP', 'prod_cap', false);
            UPDATE product SET title = 'Medusa Polo' WHERE id = 'prod_shirt';
            DELETE FROM product WHERE id = 'prod_mug';
            UPDATE price SET amount = 26, raw_amount = '{"value": "26", "precision": 20}' WHERE id = 'price_shirt_s_eur';
            """)

        // A long interval: the first poll runs at start and stays the last one while the test looks at it.
        let second = try LoupeProcess(dataDir: directory.path, extra: ["--database-url", database.url, "--poll-interval", "30"])
        defer { if second.process.isRunning { second.kill9() } }
        XCTAssertTrue(second.logText.contains("sync resumed from watermark"), second.logText)
        let resumed = try await second.waitForSync("the first poll after the restart") { $0["status"] == "in_sync" }
        XCTAssertNotNil(resumed["resumedFromWatermark"]?.numberValue, "\(resumed)")
        XCTAssertEqual(resumed["lastPoll"]?["fullLoad"], false, "the first poll reads only what changed")
        XCTAssertEqual(resumed["lastPoll"]?["deletedDocuments"], 1, "the hard delete is found")
        XCTAssertFalse(second.logText.contains("\"full\": true") || second.logText.contains("full=true"), second.logText)

        let verify = try await second.call("POST", "/sync/verify")
        XCTAssertEqual(verify.json["inSync"], true, "\(verify.json)")
        let polo = try await second.call("POST", "/indexes/products/search", json: ["q": "polo"])
        XCTAssertEqual(polo.json["hits"]?[0]?["id"], "prod_shirt", "\(polo.json)")
        let cap = try await second.call("GET", "/indexes/products/documents/prod_cap")
        XCTAssertEqual(cap.status, 200, "\(cap.json)")
        let mug = try await second.call("GET", "/indexes/products/documents/prod_mug")
        XCTAssertEqual(mug.status, 404, "\(mug.json)")
        let price = try await second.call("POST", "/prices/calculate", json: ["variant_ids": ["variant_shirt_s"], "context": ["currency_code": "eur"]])
        XCTAssertEqual(price.json["price_sets"]?[0]?["raw_calculated_amount"]?["value"], "26", "\(price.json)")

        // A crash: no snapshot at shutdown. The next start resumes from the last snapshot (the one written
        // after the first server's initial load or at its clean stop) and re-reads everything since.
        second.kill9()
        try database.runScript("UPDATE product SET title = 'Crash Polo' WHERE id = 'prod_shirt'")
        let third = try LoupeProcess(dataDir: directory.path, extra: ["--database-url", database.url, "--poll-interval", "30"])
        defer { third.stop() }
        XCTAssertTrue(third.logText.contains("sync resumed from watermark"), third.logText)
        let afterCrash = try await third.waitForSync("the first poll after the crash") { $0["status"] == "in_sync" }
        XCTAssertEqual(afterCrash["lastPoll"]?["fullLoad"], false, "\(afterCrash)")
        let verifyAfterCrash = try await third.call("POST", "/sync/verify")
        XCTAssertEqual(verifyAfterCrash.json["inSync"], true, "\(verifyAfterCrash.json)")
    }
}
