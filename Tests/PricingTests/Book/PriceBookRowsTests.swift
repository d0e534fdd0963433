import LoupeJSON
import Pricing
import XCTest

final class PriceBookRowsTests: XCTestCase {
    func testNDJSONRowsBuildABookAndBrokenReferencesAreIssues() throws {
        let text = """
        {"table": "price_list", "row": {"id": "pl", "status": "active", "type": "sale", "rules_count": 1}}
        {"table": "price_list_rule", "row": {"price_list_id": "pl", "attribute": "customer.groups.id", "value": "[\\"vip\\"]"}}
        {"table": "price", "row": {"id": "p1", "price_set_id": "s", "currency_code": "EUR", "amount": 10, "raw_amount": {"value": "10.50", "precision": 20}}}
        {"table": "price", "row": {"id": "p2", "price_set_id": "s", "currency_code": "eur", "amount": "9", "price_list_id": "pl"}}
        {"table": "price", "row": {"id": "p3", "price_set_id": "s", "currency_code": "eur", "amount": "1", "price_list_id": "ghost"}}
        {"table": "price_rule", "row": {"price_id": "gone", "attribute": "region_id", "value": "x"}}
        {"table": "product_variant_price_set", "row": {"variant_id": "v", "price_set_id": "s"}}
        """
        let rows = try PriceBookRows(ndjson: Array(text.utf8))
        let book = try PriceBook(rows: rows)
        XCTAssertEqual(Set(book.issues.map(\.kind)), [.priceInUnknownList, .ruleOfUnknownPrice])
        let anonymous = book.resolve(variantIds: ["v"], context: try PricingContext(currencyCode: "eur"), at: fixedNow)
        XCTAssertEqual(anonymous.priceSets[0].toJSON()["raw_calculated_amount"]?["value"]?.stringValue, "10.50")
        let vip = book.resolve(variantIds: ["v"], context: try PricingContext(currencyCode: "eur", ["customer.groups.id": .strings(["vip"])]), at: fixedNow)
        XCTAssertEqual(vip.priceSets[0].calculated.id, "p2")
    }

    func testMalformedRowsNameThePositionAndField() {
        let text = """
        {"table": "price", "row": {"id": "p1", "price_set_id": "s", "currency_code": "eur", "amount": "ten"}}
        """
        XCTAssertThrowsError(try PriceBookRows(ndjson: Array(text.utf8))) {
            XCTAssertEqual($0 as? PricingError, .malformedRow(position: "line 1", field: "amount", reason: "'ten' is not a decimal within 38 digits"))
        }
        XCTAssertThrowsError(try PriceBookRows(json: JSONParser.parse(#"{"price_rule": [{"price_id": "p", "attribute": "a", "value": "1", "operator": "ne"}]}"#))) {
            guard case let .malformedRow(position, field, _)? = $0 as? PricingError else { return XCTFail("\($0)") }
            XCTAssertEqual(position, "price_rule[0]")
            XCTAssertEqual(field, "operator")
        }
    }

    func testSyntheticBookIsDeterministicAndConsistent() throws {
        let spec = SyntheticPriceBook(priceSetCount: 200, priceCount: 3_000, priceListCount: 80, customerGroupCount: 10)
        let rows = spec.rows()
        XCTAssertEqual(rows.prices.count, 3_000)
        XCTAssertEqual(rows.priceLists.count, 80)
        XCTAssertEqual(spec.rows().prices.map(\.amount), rows.prices.map(\.amount))
        let book = try PriceBook(rows: rows)
        XCTAssertEqual(book.issues, [])
        let cart = try book.priceCart(lines: (0..<20).map { CartLine(variantId: SyntheticPriceBook.variantId($0), quantity: Int64($0 + 1)) },
                                      context: spec.customerContext(groups: 3), at: fixedNow)
        XCTAssertEqual(cart.lines.filter { $0.status == .priced }.count, 20)
    }
}
