import Pricing
import XCTest

/// The 32-byte price record stores amounts beyond `Int64` and quantity bounds beyond `Int32` out of
/// line; results and Medusa's echo must be exactly those of the rows.
final class PriceRecordStorageTests: XCTestCase {
    func testWideAmountsAndOutOfRangeBoundsKeepTheirExactValues() throws {
        var rows = PriceBookRows()
        func price(_ id: String, _ amount: String, min: String?, max: String?) {
            rows.prices.append(PriceRow(id: id, priceSetId: "s", currencyCode: "usd", amount: dec(amount),
                                        minQuantity: min.map(dec), maxQuantity: max.map(dec)))
        }
        price("never", "0.01", min: "5000000000", max: nil)              // beyond any valid quantity
        price("wide", "12345678988754.00000010000000085", min: "-3000000000", max: "3000000000")
        price("cheap_wide", "9223372036854775808", min: "2", max: "2")  // Int64.max + 1
        let book = try PriceBook(rows: rows)

        let top = try XCTUnwrap(book.resolve(priceSetIds: ["s"], context: PricingContext(currencyCode: "usd", quantity: 1_000_000_000),
                                             at: fixedNow).priceSets.first)
        XCTAssertEqual(top.calculated.id, "wide")
        XCTAssertEqual(top.calculatedAmount.description, "12345678988754.00000010000000085")
        XCTAssertEqual(top.calculated.minQuantity?.description, "-3000000000")
        XCTAssertEqual(top.calculated.maxQuantity?.description, "3000000000")

        // Quantity 2: both "wide" and "cheap_wide" match; the lower amount wins, compared exactly.
        let two = try XCTUnwrap(book.resolve(priceSetIds: ["s"], context: PricingContext(currencyCode: "usd", quantity: 2),
                                             at: fixedNow).priceSets.first)
        XCTAssertEqual(two.calculated.id, "wide")
        let explained = try XCTUnwrap(book.explain(priceSetId: "s", context: PricingContext(currencyCode: "usd", quantity: 2),
                                                   at: fixedNow))
        XCTAssertEqual(explained.candidates.first { $0.priceId == "cheap_wide" }?.amount.description, "9223372036854775808")
        XCTAssertEqual(explained.candidates.first { $0.priceId == "never" }?.outcome, .rejected(.quantityWindow(quantity: 2)))

        let ladder = try XCTUnwrap(book.tierLadder(priceSetId: "s", context: PricingContext(currencyCode: "usd"), at: fixedNow))
        XCTAssertEqual(ladder.steps.map(\.price.calculated.id), ["wide"], "one step: the wide price covers every quantity")
    }
}
