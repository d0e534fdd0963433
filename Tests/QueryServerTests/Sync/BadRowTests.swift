import Foundation
import LoupeJSON
import TestDatabase
import XCTest

/// Bad rows in the store — a NULL where a value is required, an amount that does not parse, a link to a
/// price set that does not exist — are logged with their table and id and skipped, while the good
/// changes of the same poll land.
final class BadRowTests: XCTestCase {
    func testBadRowsAreLoggedAndSkippedWithoutBlockingOtherChanges() async throws {
        let database = try SyncTestDatabase()
        try database.loadFixture()
        // A store whose schema lost its constraints (the spec says these columns are never NULL).
        try database.runScript("ALTER TABLE price ALTER COLUMN amount DROP NOT NULL, ALTER COLUMN raw_amount DROP NOT NULL")
        let server = try LoupeProcess(serve: ["--in-memory", "--database-url", database.url, "--poll-interval", "0.2"])
        defer { server.stop() }
        try await server.waitForSync("the initial load") { $0["status"] == "in_sync" }

        try database.runScript("""
            BEGIN;
            INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount) VALUES ('price_null_amount', 'pset_shirt_m', 'eur', NULL, NULL);
            INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount)
              VALUES ('price_bad_amount', 'pset_shirt_xl', 'eur', 5, '{"value": "twelve", "precision": 20}');
            INSERT INTO product_variant (id, title, sku, product_id, manage_inventory) VALUES ('variant_mug_big', 'Big', 'MUG-BIG', 'prod_mug', false);
            INSERT INTO product_variant_price_set (variant_id, price_set_id, id) VALUES ('variant_mug_big', 'pset_missing', 'pvps_dangling');
            UPDATE product SET title = 'Medusa Polo' WHERE id = 'prod_shirt';
            UPDATE price SET amount = 26, raw_amount = '{"value": "26", "precision": 20}' WHERE id = 'price_shirt_s_eur';
            COMMIT;
            """)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !server.logText.contains("price_bad_amount") { try await Task.sleep(for: .milliseconds(100)) }
        try await Task.sleep(for: .milliseconds(500))
        let log = server.logText
        for expected in ["price price_null_amount", "price price_bad_amount", "product_variant_price_set variant_mug_big"] {
            XCTAssertTrue(log.contains(expected), "the log names \(expected): \(log)")
        }

        let sync = try await server.waitForSync("a healthy sync") { $0["status"] == "in_sync" }
        XCTAssertEqual(sync["failures"], 0, "bad rows never fail a poll: \(sync)")
        let polo = try await server.call("POST", "/indexes/products/search", json: ["q": "polo"])
        XCTAssertEqual(polo.json["hits"]?[0]?["id"], "prod_shirt", "\(polo.json)")
        let price = try await server.call("POST", "/prices/calculate", json: ["variant_ids": ["variant_shirt_s", "variant_mug"], "context": ["currency_code": "eur"]])
        XCTAssertEqual(price.json["price_sets"]?[0]?["raw_calculated_amount"]?["value"], "26", "\(price.json)")
        XCTAssertNotNil(price.json["price_sets"]?[1]?["raw_calculated_amount"]?["value"]?.stringValue, "other sets still price: \(price.json)")
        let verify = try await server.call("POST", "/sync/verify")
        XCTAssertEqual(verify.json["inSync"], true, "the skipped rows are held as read: \(verify.json)")
    }
}
