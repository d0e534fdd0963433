import Indexer
import LoupeJSON
import XCTest

/// Polls after every kind of change the spec lists — inserts, updates, soft and hard deletes, pivot and
/// link changes, price list edits, a late-committing transaction with an old `updated_at`, a bulk update
/// that leaves `updated_at` alone, a dropped connection — and after each, `verify` finds no difference.
final class CatalogSyncTests: CatalogSyncTestCase {
    func testProductInsertUpdateSoftAndHardDelete() throws {
        try startSync()
        try storeRuns(
            "INSERT INTO product (id, title, handle, status) VALUES ('prod_cap', 'Cap', 'cap', 'published')",
            "INSERT INTO product_sales_channel (product_id, sales_channel_id, id) VALUES ('prod_cap', 'sc_default', 'prodsc_cap')",
            "INSERT INTO product_variant (id, title, sku, product_id, manage_inventory) VALUES ('variant_cap', 'One size', 'CAP', 'prod_cap', false)")
        var summary = try pollAndVerify()
        XCTAssertEqual(summary.changedDocuments, 1)
        XCTAssertEqual(try field("prod_cap", "variants")?[0]?["sku"], "CAP")
        XCTAssertEqual(try field("prod_cap", "in_stock"), true, "inventory not managed: always purchasable")

        try storeRuns("UPDATE product SET title = 'Baseball Cap' WHERE id = 'prod_cap'")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_cap", "title"), "Baseball Cap")

        try storeRuns("UPDATE product SET deleted_at = now(), updated_at = now() WHERE id = 'prod_cap'")
        summary = try pollAndVerify()
        XCTAssertEqual(summary.deletedDocuments, 1)
        XCTAssertNil(try document("prod_cap"))

        try storeRuns("DELETE FROM product WHERE id = 'prod_mug'")
        summary = try pollAndVerify()
        XCTAssertEqual(summary.deletedDocuments, 1)
        XCTAssertNil(try document("prod_mug"))
        XCTAssertEqual(index.documentCount, 1)
    }

    func testPivotAndLinkChangesRebuildTheirProducts() throws {
        try startSync()
        // Pivot rows have no timestamps: a physical DELETE is only visible to the fingerprints.
        try storeRuns("DELETE FROM product_tags WHERE product_id = 'prod_shirt' AND product_tag_id = 'ptag_gift'")
        try pollAndVerify()
        XCTAssertEqual(strings(try field("prod_shirt", "tags"), "value"), ["cotton"])

        try storeRuns("INSERT INTO product_category_product (product_id, product_category_id) VALUES ('prod_mug', 'pcat_tshirts')")
        try pollAndVerify()
        XCTAssertEqual(strings(try field("prod_mug", "categories"), "id"), ["pcat_clothing", "pcat_tshirts", "pcat_kitchen"])

        try storeRuns("UPDATE product_category SET name = 'Apparel' WHERE id = 'pcat_clothing'")
        try pollAndVerify()
        XCTAssertEqual(strings(try field("prod_shirt", "categories"), "name"), ["Apparel", "T-Shirts"], "an ancestor's rename reaches the product")

        try storeRuns("UPDATE product_tag SET value = 'organic cotton' WHERE id = 'ptag_cotton'")
        try pollAndVerify()
        XCTAssertEqual(strings(try field("prod_shirt", "tags"), "value"), ["organic cotton"])

        try storeRuns("UPDATE sales_channel SET is_disabled = true WHERE id = 'sc_default'")
        try pollAndVerify()
        XCTAssertNil(try document("prod_mug"), "its only channel is disabled")
        XCTAssertEqual(strings(try field("prod_shirt", "sales_channel_ids")), ["sc_wholesale"])

        // Link tables have no foreign keys: deleting a channel leaves its links dangling.
        try storeRuns("UPDATE sales_channel SET is_disabled = false WHERE id = 'sc_default'", "DELETE FROM sales_channel WHERE id = 'sc_wholesale'")
        try pollAndVerify()
        XCTAssertEqual(strings(try field("prod_shirt", "sales_channel_ids")), ["sc_default"])
        XCTAssertNotNil(try document("prod_mug"))

        try storeRuns("DELETE FROM product_variant_price_set WHERE variant_id = 'variant_shirt_m'")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_shirt", "variants")?[1]?["price_set_id"], .null)
        XCTAssertNil(sink.rows("product_variant_price_set")["pvps_shirt_m"])

        try storeRuns("UPDATE inventory_level SET reserved_quantity = 10 WHERE id = 'ilev_shirt_s_main'")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_shirt", "variants")?[0]?["inventory_quantity"], 0)
        XCTAssertEqual(try field("prod_shirt", "in_stock"), false)

        try storeRuns("DELETE FROM product_variant_option WHERE variant_id = 'variant_shirt_s'")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_shirt", "variants")?[0]?["options"], .object(JSONObject()))
    }

    func testPriceListStatusWindowAndPriceReplacement() throws {
        try startSync()
        try storeRuns("UPDATE price_list SET status = 'active' WHERE id = 'plist_draft'")
        var summary = try pollAndVerify()
        XCTAssertEqual(summary.changedDocuments, 0, "prices do not touch the documents")
        XCTAssertEqual(sink.rows("price_list")["plist_draft"]?["status"], "active")

        try storeRuns("UPDATE price_list SET ends_at = '2026-07-01 00:00:00+00' WHERE id = 'plist_summer_sale'")
        try pollAndVerify()
        XCTAssertEqual(sink.rows("price_list")["plist_summer_sale"]?["ends_at"], "2026-07-01T00:00:00+00:00")

        // Medusa's "replace" path physically deletes the prices missing from the payload.
        try storeRuns("DELETE FROM price WHERE id = 'price_shirt_s_eur_tier10'",
                      """
                      INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount, min_quantity, raw_min_quantity)
                      VALUES ('price_shirt_s_eur_tier5', 'pset_shirt_s', 'eur', 21.5, '{"value": "21.5", "precision": 20}', 5, '{"value": "5", "precision": 20}')
                      """)
        summary = try pollAndVerify()
        XCTAssertNil(sink.rows("price")["price_shirt_s_eur_tier10"])
        XCTAssertEqual(sink.rows("price")["price_shirt_s_eur_tier5"]?["amount"], "21.5")
        XCTAssertTrue(sink.applied.last?.completePriceSetIDs.contains("pset_shirt_s") ?? false)

        try storeRuns("DELETE FROM price_list_rule WHERE id = 'plrule_summer_vip'", "DELETE FROM price_preference WHERE id = 'prpref_eur'")
        try pollAndVerify()
        XCTAssertTrue(sink.rows("price_list_rule").isEmpty)
        XCTAssertEqual(Array(sink.rows("price_preference").keys), ["prpref_reg_us"])

        try storeRuns("DELETE FROM price_set WHERE id = 'pset_mug'", "DELETE FROM price_list WHERE id = 'plist_b2b'")
        try pollAndVerify()
        XCTAssertEqual(sink.applied.last?.removedPriceSetIDs, ["pset_mug"])
        XCTAssertEqual(sink.applied.last?.removedPriceListIDs, ["plist_b2b"])
        XCTAssertNil(sink.rows("price")["price_mug_eur"])
    }

    /// The classic miss: a transaction stamps an old `updated_at`, stays open across a poll that sees a
    /// later commit, then commits. The snapshot-xmin watermark still sees it.
    func testLateCommitWithOldUpdatedAtIsNotMissed() throws {
        try startSync()
        let late = try database.connect()
        try late.query("BEGIN")
        try late.query("UPDATE product SET title = 'Late shirt', updated_at = '2020-01-01' WHERE id = 'prod_shirt'")
        try storeRuns("UPDATE product SET title = 'Early mug' WHERE id = 'prod_mug'")
        try sync.poll()
        XCTAssertEqual(try field("prod_mug", "title"), "Early mug")
        XCTAssertEqual(try field("prod_shirt", "title"), "Medusa T-Shirt", "not committed yet")
        try late.query("COMMIT")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_shirt", "title"), "Late shirt")
    }

    func testBulkUpdateLeavingUpdatedAtAloneIsSeen() throws {
        try startSync()
        try storeRuns("UPDATE product_variant SET sku = sku || '-B'")
        try pollAndVerify()
        XCTAssertEqual(strings(try field("prod_shirt", "variants"), "sku"), ["SHIRT-S-B", "SHIRT-M-B"])
        XCTAssertEqual(strings(try field("prod_mug", "variants"), "sku"), ["MUG-B"])
    }

    func testIdlePollWritesNothing() throws {
        try startSync()
        let version = index.generation.version
        let summary = try sync.poll()
        XCTAssertEqual(summary.changedDocuments, 0)
        XCTAssertEqual(summary.deletedDocuments, 0)
        XCTAssertEqual(summary.changedPriceOwners, 0)
        XCTAssertEqual(index.generation.version, version, "no change, no new generation")
    }

    func testTerminatedConnectionIsReopenedAndNoChangeIsLost() throws {
        try startSync { $0.backoff = ReconnectBackoff(initialMilliseconds: 10, maximumMilliseconds: 20, maxAttempts: 1) }
        let watermark = sync.state.watermark
        try terminateSyncConnections()
        try storeRuns("UPDATE product SET title = 'After the drop' WHERE id = 'prod_mug'")
        // One attempt only: the poll fails on the dead connection and nothing moves.
        XCTAssertThrowsError(try sync.poll()) { error in
            XCTAssertTrue((error as? PostgresError)?.isConnectionProblem ?? false, "\(error)")
        }
        XCTAssertEqual(sync.state.watermark, watermark)
        XCTAssertEqual(try field("prod_mug", "title"), "Medusa Mug")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_mug", "title"), "After the drop")
    }

    func testConnectionDroppedDuringAPollIsRetried() throws {
        try startSync()
        try storeRuns("UPDATE product SET title = 'Retried' WHERE id = 'prod_shirt'")
        // Terminate the sync's backend repeatedly while polls run; afterwards the next poll gets through.
        let url = database.url, name = database.name
        let stop = ManagedFlag()
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let killer = try? PostgresConnection(url) {
                while !stop.isSet {
                    _ = try? killer.query("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE datname = $1 AND application_name = 'loupe' AND pid <> pg_backend_pid() AND state = 'active'
                        """, [name])
                    usleep(500)
                }
            }
            stopped.signal()
        }
        for _ in 0..<5 { _ = try? sync.poll() }
        stop.set()
        stopped.wait()
        try pollAndVerify()
        XCTAssertEqual(try field("prod_shirt", "title"), "Retried")
    }

    func testWatermarkTooFarBehindReloadsInFull() throws {
        try startSync { $0.maxWatermarkLag = 0 }
        try storeRuns("UPDATE product SET title = 'Reloaded' WHERE id = 'prod_mug'", "SELECT txid_current()")
        let summary = try pollAndVerify()
        XCTAssertTrue(summary.fullLoad)
        XCTAssertEqual(try field("prod_mug", "title"), "Reloaded")
    }

    func testVerifyReportsEveryDifference() throws {
        try startSync()
        try index.addDocuments([["id": "prod_ghost", "title": "Ghost"], ["id": "prod_mug", "title": "Wrong"]])
        let differences = try sync.verify().map(\.description)
        XCTAssertTrue(differences.contains("extra products prod_ghost"), "\(differences)")
        XCTAssertTrue(differences.contains { $0.hasPrefix("changed products prod_mug (fields: ") && $0.contains("title") }, "\(differences)")
        index.deleteDocuments(ids: ["prod_shirt"])
        XCTAssertTrue(try sync.verify().map(\.description).contains("missing products prod_shirt"))
        try storeRuns("UPDATE price SET amount = 26, raw_amount = '{\"value\": \"26\", \"precision\": 20}' WHERE id = 'price_shirt_s_eur'")
        XCTAssertTrue(try sync.verify().map(\.description).contains { $0.hasPrefix("changed price price_shirt_s_eur") })
    }

    private func terminateSyncConnections() throws {
        try store.query("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = $1 AND application_name = 'loupe' AND pid <> pg_backend_pid()
            """, [database.name])
    }
}

/// A flag one thread sets and another polls.
private final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
