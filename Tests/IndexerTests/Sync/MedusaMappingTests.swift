import Indexer
import LoupeJSON
import XCTest

/// The initial load of the seed catalogue: what a storefront document holds and hides, in both option
/// layouts, the default settings, and the price rows handed to the sink.
final class MedusaMappingTests: CatalogSyncTestCase {
    func testInitialLoadBuildsStorefrontDocuments() throws {
        try startSync()
        XCTAssertEqual(index.documentCount, 2)
        XCTAssertEqual(index.primaryKey, "id")
        XCTAssertEqual(index.settings, .medusaStorefront)

        XCTAssertEqual(try field("prod_shirt", "title"), "Medusa T-Shirt")
        XCTAssertEqual(strings(try field("prod_shirt", "variants"), "id"), ["variant_shirt_s", "variant_shirt_m"],
                       "the soft-deleted XL variant is hidden")
        XCTAssertEqual(strings(try field("prod_shirt", "categories"), "id"), ["pcat_clothing", "pcat_tshirts"],
                       "the category and its ancestor")
        XCTAssertEqual(strings(try field("prod_shirt", "tags"), "value"), ["cotton", "gift"])
        XCTAssertEqual(strings(try field("prod_shirt", "sales_channel_ids")), ["sc_default", "sc_wholesale"])
        XCTAssertEqual(try field("prod_shirt", "collection", "title"), "Summer 2026")
        XCTAssertEqual(try field("prod_shirt", "type", "value"), "Apparel")
        XCTAssertEqual(strings(try field("prod_shirt", "images")),
                       ["https://cdn.example.test/shirt-front.png", "https://cdn.example.test/shirt-back.png"])
        XCTAssertEqual(strings(try field("prod_shirt", "options")?[0]?["values"]), ["S", "M", "XL"])
        let small = try XCTUnwrap(try field("prod_shirt", "variants")?[0])
        XCTAssertEqual(small["options"]?["Size"], "S")
        XCTAssertEqual(small["price_set_id"], "pset_shirt_s")
        XCTAssertEqual(small["inventory_quantity"], 8, "stocked 10 − reserved 2")
        XCTAssertEqual(try field("prod_shirt", "in_stock"), true)
        XCTAssertEqual(try field("prod_mug", "variants")?[0]?["inventory_quantity"], 100)

        let hits = try index.search(SearchRequest(json: ["q": "shirt", "filter": "sales_channel_ids = sc_wholesale"]))
        XCTAssertEqual(hits.hits.compactMap { (try? JSONParser.parse($0))?["id"]?.stringValue }, ["prod_shirt"])

        XCTAssertEqual(sink.rows("price").count, 13)
        XCTAssertEqual(sink.rows("price_set").count, 4)
        XCTAssertEqual(sink.rows("price_list").count, 3)
        XCTAssertEqual(sink.rows("product_variant_price_set").count, 4, "the dismissed link is handed over as deleted")
        XCTAssertEqual(sink.rows("price")["price_mug_eur"]?["amount"], "12.50", "amounts stay exact decimal text")
        XCTAssertEqual(sink.rows("price_list_rule")["plrule_summer_vip"]?["value"], ["cusgroup_vip"])
    }

    func testLegacyOptionLayoutIsDetected() throws {
        try startSync(legacyOptions: true)
        XCTAssertEqual(try MedusaSchemaLayout.detect(store),
                       MedusaSchemaLayout(globalOptions: false, optionValueRank: false, variantThumbnail: true))
        XCTAssertEqual(try field("prod_shirt", "options")?[0]?["title"], "Size")
        XCTAssertEqual(strings(try field("prod_shirt", "options")?[0]?["values"]), ["M", "S", "XL"])
        XCTAssertEqual(try field("prod_shirt", "variants")?[1]?["options"]?["Size"], "M")

        try storeRuns("UPDATE product_option_value SET value = 'Medium' WHERE id = 'optval_size_m'")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_shirt", "variants")?[1]?["options"]?["Size"], "Medium")
    }

    func testUnpublishedAndChannelLessProductsAreNotIndexed() throws {
        try startSync()
        try storeRuns(
            "INSERT INTO product (id, title, handle, status) VALUES ('prod_draft', 'Draft', 'draft', 'draft')",
            "INSERT INTO product_sales_channel (product_id, sales_channel_id, id) VALUES ('prod_draft', 'sc_default', 'prodsc_d')",
            "INSERT INTO product (id, title, handle, status) VALUES ('prod_nochannel', 'Lonely', 'lonely', 'published')")
        try pollAndVerify()
        XCTAssertNil(try document("prod_draft"))
        XCTAssertNil(try document("prod_nochannel"))
        try storeRuns("UPDATE product SET status = 'published' WHERE id = 'prod_draft'")
        try pollAndVerify()
        XCTAssertEqual(try field("prod_draft", "title"), "Draft")
    }
}
