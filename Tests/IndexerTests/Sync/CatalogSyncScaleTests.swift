import Foundation
import Indexer
import LoupeJSON
import TestDatabase
import XCTest

/// Many products across all fingerprint buckets: scattered hard deletes and updates are all found, and
/// (with `LOUPE_SYNC_BENCH_PRODUCTS=N`) the initial load rate on N generated products is printed.
final class CatalogSyncScaleTests: CatalogSyncTestCase {
    func testScatteredHardDeletesAcrossBucketsAreFound() throws {
        database = try SyncTestDatabase()
        try database.loadFixture()
        store = try database.connect()
        try GeneratedCatalog.insert(products: 2_000, into: store)
        index = Index(uid: "products")
        sink = RecordingPriceSink()
        sync = CatalogSync(databaseURL: database.url, index: index, priceSink: sink)
        try sync.initialLoad()
        XCTAssertEqual(index.documentCount, 2_002)
        try assertInSync()

        try storeRuns(
            "DELETE FROM product_tags WHERE product_id IN (SELECT 'prod_g' || g FROM generate_series(1, 2000, 97) g)",
            "DELETE FROM product_variant_option WHERE variant_id IN (SELECT 'variant_g' || g || '_2' FROM generate_series(5, 2000, 89) g)",
            "DELETE FROM price WHERE currency_code = 'usd' AND price_set_id IN (SELECT 'pset_g' || g || '_1' FROM generate_series(3, 2000, 101) g)",
            "DELETE FROM product WHERE id IN (SELECT 'prod_g' || g FROM generate_series(7, 2000, 211) g)",
            "UPDATE inventory_level SET reserved_quantity = stocked_quantity WHERE id IN (SELECT 'ilev_g' || g || '_3' FROM generate_series(11, 2000, 53) g)")
        let summary = try pollAndVerify()
        XCTAssertEqual(index.documentCount, 2_002 - 10)
        XCTAssertEqual(summary.deletedDocuments, 10)
        XCTAssertTrue(strings(try field("prod_g1", "tags")).isEmpty)
        XCTAssertNil(sink.rows("price")["price_g3_1_usd"])
        XCTAssertNotNil(sink.rows("price")["price_g3_1_eur"])
    }

    /// With fingerprints spread over 3 polls, an idle poll runs only a third of them, and hard deletes are
    /// all found within 3 polls (the first poll of a process runs them all).
    func testSpreadFingerprintsFindEveryHardDeleteWithinTheirPolls() throws {
        try startSync { $0.fingerprintEveryPolls = 3 }
        try sync.poll()  // the first poll sweeps every fingerprint
        try storeRuns(
            "DELETE FROM product_tags WHERE product_id = 'prod_shirt'",
            "DELETE FROM product_variant_option WHERE variant_id = 'variant_shirt_s'",
            "DELETE FROM product_sales_channel WHERE product_id = 'prod_mug'")
        for _ in 0..<3 { try sync.poll() }
        try assertInSync()
        XCTAssertTrue(strings(try field("prod_shirt", "tags")).isEmpty)
    }
}
