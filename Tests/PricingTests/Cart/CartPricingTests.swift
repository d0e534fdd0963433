import Pricing
import XCTest

final class CartPricingTests: XCTestCase {
    private func usd(_ attributes: [String: ContextValue] = [:]) throws -> PricingContext {
        try PricingContext(currencyCode: "usd", attributes)
    }

    func testPerLineTiersLikeMedusa() throws {
        let book = try PriceBook(rows: b2bRows())
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 6), CartLine(variantId: "v1", quantity: 6)],
                                      context: usd(), at: fixedNow)
        XCTAssertEqual(cart.lines.map(\.unitPrice), [dec("10.00"), dec("10.00")])
        XCTAssertEqual(cart.subtotal, dec("120"))
        XCTAssertEqual(cart.presentedSubtotal.description, "120.00")
    }

    func testPerVariantAggregationReachesTheTierAcrossLines() throws {
        let config = PricingConfiguration(defaultTierAggregation: .variant)
        let book = try PriceBook(rows: b2bRows(), configuration: config)
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 6), CartLine(variantId: "v1", quantity: 6)],
                                      context: usd(), at: fixedNow)
        XCTAssertEqual(cart.lines.map(\.unitPrice), [dec("8.50"), dec("8.50")])
        XCTAssertEqual(cart.lines.map(\.tierQuantity), [12, 12])
        XCTAssertEqual(cart.subtotal, dec("102.00"))
    }

    func testPerProductMixAndMatch() throws {
        let book = try PriceBook(rows: b2bRows(), configuration: PricingConfiguration(defaultTierAggregation: .product))
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 5), CartLine(variantId: "v2", quantity: 5),
                                              CartLine(variantId: "v3", quantity: 5)], context: usd(), at: fixedNow)
        XCTAssertEqual(cart.lines.map(\.tierQuantity), [10, 10, 5], "v1+v2 share product P; v3 is alone")
        XCTAssertEqual(cart.lines.map(\.unitPrice), [dec("8.50"), dec("15.00"), dec("5.00")])
        XCTAssertEqual(cart.subtotal, dec("142.50"))
    }

    func testGraduatedPricesEachUnitInItsBand() throws {
        let book = try PriceBook(rows: b2bRows(), configuration: PricingConfiguration(defaultTierPricing: .graduated))
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 12)], context: usd(), at: fixedNow)
        let line = cart.lines[0]
        XCTAssertEqual(line.bands.map(\.units), [9, 3])
        XCTAssertEqual(line.bands.map(\.unitAmount), [dec("10.00"), dec("8.50")])
        XCTAssertEqual(line.total, dec("115.50"))  // 9 × 10 + 3 × 8.50
        XCTAssertNil(line.unitPrice)
        // Volume for the same line: every unit at 8.50.
        let volume = try PriceBook(rows: b2bRows()).priceCart(lines: [CartLine(variantId: "v1", quantity: 12)],
                                                               context: usd(), at: fixedNow)
        XCTAssertEqual(volume.lines[0].total, dec("102.00"))
    }

    func testGraduatedWithVariantAggregationContinuesUnitPositions() throws {
        let config = PricingConfiguration(defaultTierAggregation: .variant, defaultTierPricing: .graduated)
        let book = try PriceBook(rows: b2bRows(), configuration: config)
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 6), CartLine(variantId: "v1", quantity: 6)],
                                      context: usd(), at: fixedNow)
        XCTAssertEqual(cart.lines[0].total, dec("60.00"))
        XCTAssertEqual(cart.lines[1].bands.map(\.fromUnit), [7, 10])
        XCTAssertEqual(cart.lines[1].total, dec("55.50"))  // 3 × 10 + 3 × 8.50
    }

    func testSaleListGivesCompareAtPriceAndOverrideDoesNot() throws {
        let book = try PriceBook(rows: b2bRows())
        let vip = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 1)],
                                     context: usd(["customer.groups.id": .strings(["retail", "vip"])]), at: fixedNow)
        XCTAssertEqual(vip.lines[0].unitPrice, dec("9.00"))
        XCTAssertEqual(vip.lines[0].compareAtUnitPrice, dec("10.00"))
        XCTAssertEqual(vip.compareAtSubtotal, dec("10.00"))
        let acme = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 1)],
                                      context: usd(["company_id": .string("acme")]), at: fixedNow)
        XCTAssertEqual(acme.lines[0].unitPrice, dec("9.50"))
        XCTAssertNil(acme.lines[0].compareAtUnitPrice)
    }

    func testPresentedTotalsUseTheCurrencyExponent() throws {
        var rows = PriceBookRows()
        for (set, currency, amount) in [("j", "jpy", "100.5"), ("k", "kwd", "1.23456"), ("u", "usd", "0.125")] {
            rows.prices.append(PriceRow(id: "p_\(set)", priceSetId: set, currencyCode: currency, amount: dec(amount)))
            rows.variantPriceSets.append(VariantPriceSetRow(variantId: set, priceSetId: set))
        }
        let book = try PriceBook(rows: rows)
        func presented(_ v: String, _ c: String, _ q: Int64) throws -> String {
            try book.priceCart(lines: [CartLine(variantId: v, quantity: q)],
                               context: PricingContext(currencyCode: c), at: fixedNow).presentedSubtotal.description
        }
        XCTAssertEqual(try presented("j", "JPY", 1), "101")    // exponent 0, half away from zero
        XCTAssertEqual(try presented("k", "kwd", 1), "1.235")  // exponent 3
        XCTAssertEqual(try presented("u", "usd", 3), "0.38")   // 0.375 exact, rounded only when presented
        let cart = try book.priceCart(lines: [CartLine(variantId: "u", quantity: 3)],
                                      context: PricingContext(currencyCode: "usd"), at: fixedNow)
        XCTAssertEqual(cart.subtotal.description, "0.375")
    }

    func testUnknownVariantAndUnpricedLinesAreReported() throws {
        let book = try PriceBook(rows: b2bRows())
        let cart = try book.priceCart(lines: [CartLine(variantId: "nope", quantity: 1), CartLine(variantId: "v1", quantity: 1)],
                                      context: PricingContext(currencyCode: "eur"), at: fixedNow)
        XCTAssertEqual(cart.lines.map(\.status), [.unknownVariant, .noPrice])
        XCTAssertFalse(cart.isComplete)
        XCTAssertEqual(cart.subtotal, .zero)
    }

    func testQuantityRulesAreReportedPerLine() throws {
        let config = PricingConfiguration(quantityRules: ["v1": QuantityRule(minimum: 6, maximum: 48, increment: 6)])
        let book = try PriceBook(rows: b2bRows(), configuration: config)
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 4), CartLine(variantId: "v1", quantity: 50),
                                              CartLine(variantId: "v1", quantity: 12)], context: usd(), at: fixedNow)
        XCTAssertEqual(cart.lines[0].quantityViolations, [.belowMinimum(minimum: 6, quantity: 4), .notAMultipleOfIncrement(increment: 6, quantity: 4)])
        XCTAssertEqual(cart.lines[1].quantityViolations.map(\.code), ["above_maximum", "not_a_multiple_of_increment"])
        XCTAssertEqual(cart.lines[2].quantityViolations, [])
        XCTAssertEqual(cart.lines[0].status, .priced)
        XCTAssertFalse(cart.isComplete)
    }

    func testInvalidLineQuantitiesAreTypedErrors() throws {
        let book = try PriceBook(rows: b2bRows())
        XCTAssertThrowsError(try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 0)], context: usd())) {
            XCTAssertEqual($0 as? PricingError, .invalidQuantity(field: "lines[0].quantity", reason: "must be at least 1 (got 0)"))
        }
        XCTAssertThrowsError(try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 1), CartLine(variantId: "v1", quantity: -3)],
                                                context: usd())) {
            guard case let .invalidQuantity(field, _)? = $0 as? PricingError else { return XCTFail("\($0)") }
            XCTAssertEqual(field, "lines[1].quantity")
        }
        XCTAssertThrowsError(try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 10_000_000_000)], context: usd()))
    }

    func testTierHintNamesTheNextCheaperTier() throws {
        let book = try PriceBook(rows: b2bRows())
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 3)], context: usd(),
                                      options: CartPricingOptions(includeTierHints: true), at: fixedNow)
        XCTAssertEqual(cart.lines[0].nextTier?.minQuantity, 10)
        XCTAssertEqual(cart.lines[0].nextTier?.description, "from 10 units: 8.50 each")
    }
}
