@testable import CatalogGenerator
import XCTest

final class PriceTableTests: XCTestCase {
    func testPositionsFollowTheDeclarationOrder() {
        for (position, table) in PriceTable.allCases.enumerated() {
            XCTAssertEqual(table.position, position, "\(table)")
        }
        XCTAssertEqual(PriceTable.productVariantPriceSet.fileName, "product_variant_price_set.ndjson")
    }
}
