import Pricing
import XCTest

/// The cart builds its lines' `CalculatedPriceSet`s lazily from positions in the book; with per-line
/// tiers (Medusa's semantics) every line must equal what `resolve` and `explain` answer for the
/// same variant with `quantity: line.quantity`.
final class CartResolverAgreementTests: XCTestCase {
    func testCartLinesAgreeWithResolveAndExplain() throws {
        let spec = SyntheticPriceBook(priceSetCount: 400, priceCount: 6_000, priceListCount: 120, customerGroupCount: 12)
        let book = try PriceBook(rows: spec.rows())
        var rng = SplitMix64(seed: 99)
        var compared = 0
        for round in 0..<40 {
            let context = try spec.customerContext(groups: 1 + round % 4, variant: UInt64(round))
            let lines = (0..<25).map { _ in
                CartLine(variantId: SyntheticPriceBook.variantId(Int(rng.next() % 420)), quantity: Int64(1 + rng.next() % 70))
            }
            let cart = try book.priceCart(lines: lines, context: context, at: fixedNow)
            var subtotal = ExactDecimal.zero
            for (line, priced) in zip(lines, cart.lines) {
                let lineContext = try context.with(quantity: line.quantity)
                let resolved = book.resolve(variantIds: [line.variantId], context: lineContext, at: fixedNow)
                guard let expected = resolved.priceSets.first else {
                    XCTAssertNil(priced.price, "\(line)")
                    XCTAssertNotEqual(priced.status, .priced, "\(line)")
                    continue
                }
                XCTAssertEqual(priced.price, expected, "\(line)")
                XCTAssertEqual(priced.unitPrice, expected.calculatedAmount)
                XCTAssertEqual(priced.isTaxInclusive, expected.isCalculatedPriceTaxInclusive)
                XCTAssertEqual(priced.total, try expected.calculatedAmount.multiplied(by: line.quantity))
                let explained = book.explain(priceSetId: expected.id, context: lineContext, at: fixedNow)
                XCTAssertEqual(explained?.result, priced.price, "\(line)")
                subtotal = try subtotal.adding(XCTUnwrap(priced.total))
                compared += 1
            }
            XCTAssertEqual(cart.subtotal, subtotal)
        }
        XCTAssertGreaterThan(compared, 800, "most lines are priced (ids beyond 400 are unknown)")
    }
}
