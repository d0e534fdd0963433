import LoupeJSON
import Pricing
import XCTest

/// `CartPricing.toJSON()` serialized, parsed back and compared field by field with the structs.
final class CartPricingJSONTests: XCTestCase {
    private func roundTrip(_ object: JSONObject) throws -> JSONValue {
        try JSONParser.parse(JSONValue.object(object).serialized())
    }

    func testPricedCartJSONMatchesTheStructs() throws {
        let config = PricingConfiguration(quantityRules: ["v1": QuantityRule(minimum: 2)])
        let book = try PriceBook(rows: b2bRows(), configuration: config)
        let context = try PricingContext(currencyCode: "usd", ["customer.groups.id": .strings(["vip"])])
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 3), CartLine(variantId: "v3", quantity: 2),
                                              CartLine(variantId: "nope", quantity: 1), CartLine(variantId: "v1", quantity: 1)],
                                      context: context, options: CartPricingOptions(includeTierHints: true), at: fixedNow)
        let json = try roundTrip(cart.toJSON())
        XCTAssertEqual(json["currency_code"]?.stringValue, "usd")
        XCTAssertEqual(json["is_complete"]?.boolValue, cart.isComplete)
        XCTAssertEqual(json["subtotal"]?.stringValue, cart.subtotal.description)
        XCTAssertEqual(json["compare_at_subtotal"]?.stringValue, cart.compareAtSubtotal.description)
        XCTAssertEqual(json["presented_subtotal"]?.numberValue?.literal, cart.presentedSubtotal.description)
        XCTAssertEqual(json["presented_compare_at_subtotal"]?.numberValue?.literal, cart.presentedCompareAtSubtotal.description)
        // The values themselves: 3 × 9.00 (vip sale) + 2 × 5.00 + 1 × 9.00; compare-at 3 × 10 + 10 + 10.
        XCTAssertEqual(json["subtotal"]?.stringValue, "46.00")
        XCTAssertEqual(json["compare_at_subtotal"]?.stringValue, "50.00")
        XCTAssertEqual(json["presented_subtotal"]?.numberValue?.literal, "46.00")
        let lines = try XCTUnwrap(json["lines"]?.arrayValue)
        XCTAssertEqual(lines.count, cart.lines.count)
        for (line, lineJSON) in zip(cart.lines, lines) { assertLine(lineJSON, line) }
        // Spot checks of what the loop compares generically.
        XCTAssertEqual(lines[0]["price_list_id"]?.stringValue, "vip")
        XCTAssertEqual(lines[0]["price_list_type"]?.stringValue, "sale")
        XCTAssertEqual(lines[0]["compare_at_unit_price"]?.stringValue, "10.00")
        XCTAssertEqual(lines[0]["next_tier"]?["min_quantity"]?.numberValue?.int64Value, 10)
        XCTAssertEqual(lines[0]["next_tier"]?["unit_amount"]?.stringValue, "8.50")
        XCTAssertEqual(lines[2]["status"]?.stringValue, "unknown_variant")
        XCTAssertEqual(lines[2]["total"]?.isNull, true)
        XCTAssertEqual(lines[3]["quantity_violations"]?[0]?["code"]?.stringValue, "below_minimum")
        XCTAssertEqual(lines[3]["quantity_violations"]?[0]?["minimum"]?.numberValue?.int64Value, 2)
        XCTAssertEqual(json["is_complete"]?.boolValue, false)
    }

    func testGraduatedBandsAreWritten() throws {
        let book = try PriceBook(rows: b2bRows(), configuration: PricingConfiguration(defaultTierPricing: .graduated))
        let cart = try book.priceCart(lines: [CartLine(variantId: "v1", quantity: 12)],
                                      context: PricingContext(currencyCode: "usd"), at: fixedNow)
        let json = try roundTrip(cart.toJSON())
        let line = try XCTUnwrap(json["lines"]?[0])
        assertLine(line, cart.lines[0])
        XCTAssertEqual(line["unit_price"]?.isNull, true, "a line over two bands has no single unit price")
        XCTAssertEqual(line["tier_pricing"]?.stringValue, "graduated")
        XCTAssertEqual(line["bands"]?.arrayValue?.compactMap { $0["units"]?.numberValue?.int64Value }, [9, 3])
        XCTAssertEqual(line["bands"]?[1]?["unit_amount"]?.stringValue, "8.50")
        XCTAssertEqual(line["total"]?.stringValue, "115.50")
    }

    private func assertLine(_ json: JSONValue, _ line: PricedCartLine, file: StaticString = #filePath, line l: UInt = #line) {
        func text(_ value: ExactDecimal?) -> String? { value?.description }
        XCTAssertEqual(json["index"]?.numberValue?.int64Value, Int64(line.index), file: file, line: l)
        XCTAssertEqual(json["variant_id"]?.stringValue, line.variantId, file: file, line: l)
        XCTAssertEqual(json["quantity"]?.numberValue?.int64Value, line.quantity, file: file, line: l)
        XCTAssertEqual(json["status"]?.stringValue, line.status.rawValue, file: file, line: l)
        XCTAssertEqual(json["unit_price"]?.stringValue, text(line.unitPrice), file: file, line: l)
        XCTAssertEqual(json["compare_at_unit_price"]?.stringValue, text(line.compareAtUnitPrice), file: file, line: l)
        XCTAssertEqual(json["total"]?.stringValue, text(line.total), file: file, line: l)
        XCTAssertEqual(json["presented_total"]?.numberValue?.literal, text(line.presentedTotal), file: file, line: l)
        XCTAssertEqual(json["is_tax_inclusive"]?.boolValue, line.isTaxInclusive, file: file, line: l)
        XCTAssertEqual(json["tier_quantity"]?.numberValue?.int64Value, line.tierQuantity, file: file, line: l)
        XCTAssertEqual(json["tier_aggregation"]?.stringValue, line.tierAggregation.rawValue, file: file, line: l)
        XCTAssertEqual(json["tier_pricing"]?.stringValue, line.tierPricing.rawValue, file: file, line: l)
        XCTAssertEqual(json["price_list_id"]?.stringValue, line.price?.calculated.priceListId, file: file, line: l)
        XCTAssertEqual(json["price_list_type"]?.stringValue, line.price?.calculated.priceListType?.rawValue, file: file, line: l)
        let bands = json["bands"]?.arrayValue ?? []
        XCTAssertEqual(bands.count, line.bands.count, file: file, line: l)
        for (b, band) in zip(bands, line.bands) {
            XCTAssertEqual(b["from_unit"]?.numberValue?.int64Value, band.fromUnit, file: file, line: l)
            XCTAssertEqual(b["to_unit"]?.numberValue?.int64Value, band.toUnit, file: file, line: l)
            XCTAssertEqual(b["units"]?.numberValue?.int64Value, band.units, file: file, line: l)
            XCTAssertEqual(b["unit_amount"]?.stringValue, band.unitAmount.description, file: file, line: l)
            XCTAssertEqual(b["price_id"]?.stringValue, band.priceId, file: file, line: l)
        }
        let violations = json["quantity_violations"]?.arrayValue ?? []
        XCTAssertEqual(violations.compactMap { $0["code"]?.stringValue }, line.quantityViolations.map(\.code), file: file, line: l)
        XCTAssertEqual(violations.compactMap { $0["message"]?.stringValue }, line.quantityViolations.map(\.description),
                       file: file, line: l)
        if let hint = line.nextTier {
            XCTAssertEqual(json["next_tier"]?["min_quantity"]?.numberValue?.int64Value, hint.minQuantity, file: file, line: l)
            XCTAssertEqual(json["next_tier"]?["unit_amount"]?.stringValue, hint.unitAmount.description, file: file, line: l)
            XCTAssertEqual(json["next_tier"]?["price_id"]?.stringValue, hint.priceId, file: file, line: l)
        } else {
            XCTAssertEqual(json["next_tier"]?.isNull, true, file: file, line: l)
        }
    }
}
