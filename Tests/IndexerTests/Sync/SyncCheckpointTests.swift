import Foundation
import Indexer
import TestDatabase
import XCTest

/// A checkpoint written as snapshot frames and read back lets a new `CatalogSync` continue from the
/// watermark: only what changed is read, hard deletes are still found, nothing is missed.
final class SyncCheckpointTests: CatalogSyncTestCase {
    func testAResumedSyncPollsOnlyTheChangesMadeWhileItWasAway() throws {
        try startSync()
        let saved = try XCTUnwrap(sync.checkpoint)
        var withRows = saved
        withRows.priceRows = sink.heldRows()
        let restored = try roundTrip(withRows)
        XCTAssertEqual(restored.state, saved.state)
        XCTAssertEqual(restored.heldIDCount, saved.heldIDCount)
        XCTAssertEqual(restored.priceRows, withRows.priceRows)

        // The "restarted" sync: the same documents (as a snapshot restores them), a new empty sink.
        try storeRuns(
            "INSERT INTO product (id, title, handle, status) VALUES ('prod_cap', 'Cap', 'cap', 'published')",
            "INSERT INTO product_sales_channel (product_id, sales_channel_id, id) VALUES ('prod_cap', 'sc_default', 'prodsc_cap')",
            "INSERT INTO product_variant (id, title, sku, product_id, manage_inventory) VALUES ('variant_cap', 'One size', 'CAP', 'prod_cap', false)",
            "UPDATE product SET title = 'Medusa Polo' WHERE id = 'prod_shirt'",
            "DELETE FROM product WHERE id = 'prod_mug'",
            "UPDATE price SET amount = 26, raw_amount = '{\"value\": \"26\", \"precision\": 20}' WHERE id = 'price_shirt_s_eur'")
        sink = RecordingPriceSink()
        sync = CatalogSync(databaseURL: database.url, index: index, priceSink: sink)
        XCTAssertTrue(try sync.resume(from: restored))
        XCTAssertEqual(sink.heldRows(), withRows.priceRows, "the sink gets the saved rows back")
        let summary = try pollAndVerify()
        XCTAssertFalse(summary.fullLoad, "a resumed sync reads only what changed")
        XCTAssertEqual(summary.deletedDocuments, 1, "the hard delete is found from the restored fingerprints and ids")
        XCTAssertEqual(try field("prod_shirt", "title"), "Medusa Polo")
        XCTAssertNotNil(try document("prod_cap"))
    }

    func testACheckpointWithoutPriceRowsIsNotResumedByASyncWithASink() throws {
        try startSync()
        let saved = try XCTUnwrap(sync.checkpoint)
        let fresh = CatalogSync(databaseURL: database.url, index: index, priceSink: RecordingPriceSink())
        XCTAssertFalse(try fresh.resume(from: saved))
        XCTAssertNil(fresh.checkpoint)
        XCTAssertTrue(try fresh.poll().fullLoad)
    }

    func testADamagedSectionIsRefused() throws {
        try startSync()
        var saved = try XCTUnwrap(sync.checkpoint)
        saved.priceRows = sink.heldRows()
        let path = NSTemporaryDirectory() + "sync-checkpoint-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try FrameFileWriter(path: path, truncate: true)
        try saved.write(to: writer)
        try writer.sync()
        // Drop the last frame (the end frame with the totals): the section is incomplete.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try FrameFileReader(path: path)
        var lastStart = 0
        while case .frame = reader.next() { if reader.offset < bytes.count { lastStart = reader.offset } }
        bytes = bytes.prefix(lastStart)
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try SyncCheckpoint.read(from: FrameFileReader(path: path)))
    }

    private func roundTrip(_ checkpoint: SyncCheckpoint) throws -> SyncCheckpoint {
        let path = NSTemporaryDirectory() + "sync-checkpoint-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try FrameFileWriter(path: path, truncate: true)
        try checkpoint.write(to: writer)
        try writer.sync()
        return try SyncCheckpoint.read(from: FrameFileReader(path: path))
    }
}
