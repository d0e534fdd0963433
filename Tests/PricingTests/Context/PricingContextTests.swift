import LoupeJSON
import Pricing
import XCTest

final class PricingContextTests: XCTestCase {
    private func context(_ json: String) throws -> PricingContext { try PricingContext(json: JSONParser.parse(json)) }

    func testMissingCurrencyUsesMedusasMessage() {
        for json in ["{}", #"{"currency_code": null}"#, #"{"currency_code": ""}"#] {
            XCTAssertThrowsError(try context(json)) {
                XCTAssertEqual(($0 as? PricingError)?.message, "Method calculatePrices requires currency_code in the pricing context")
            }
        }
    }

    func testMalformedValuesNameTheField() {
        let cases: [(String, String)] = [
            (#"{"currency_code": 5}"#, "currency_code"),
            (#"{"currency_code": "usd", "quantity": -1}"#, "quantity"),
            (#"{"currency_code": "usd", "quantity": 2.5}"#, "quantity"),
            (#"{"currency_code": "usd", "quantity": "3"}"#, "quantity"),
            (#"{"currency_code": "usd", "quantity": 1e12}"#, "quantity"),
            (#"{"currency_code": "usd", "cart": {"total": 1e80}}"#, "cart.total"),
        ]
        for (json, field) in cases {
            XCTAssertThrowsError(try context(json), json) { error in
                switch error as? PricingError {
                case let .invalidQuantity(f, _)?, let .malformedContextValue(f, _)?: XCTAssertEqual(f, field, json)
                default: XCTFail("\(json): \(error)")
                }
            }
        }
    }

    func testFlatteningFollowsMedusa() throws {
        let c = try context(#"""
        {"currency_code": "USD", "quantity": 0, "region_id": "reg", "customer": {"groups": [{"id": "a"}, {"id": "b"}], "id": "cus"},
         "tags": ["x"], "codes": ["x", "y"], "empty": "", "none": null, "flag": false, "total": 350.0, "list": []}
        """#)
        XCTAssertEqual(c.currencyCode, "usd")
        XCTAssertEqual(c.quantity, 0)
        XCTAssertEqual(c.value(of: "customer.groups.id"), .strings(["a", "b"]))
        XCTAssertEqual(c.value(of: "customer.id"), .string("cus"))
        XCTAssertEqual(c.value(of: "tags"), .string("x"), "one-element top-level arrays are unwrapped")
        XCTAssertEqual(c.value(of: "codes"), .strings(["x", "y"]))
        XCTAssertEqual(c.value(of: "flag"), .bool(false))
        XCTAssertEqual(c.value(of: "total"), .number(dec("350")))
        XCTAssertNil(c.value(of: "empty"))
        XCTAssertNil(c.value(of: "none"))
        XCTAssertNil(c.value(of: "list"))
        XCTAssertNil(try context(#"{"currency_code": "usd", "quantity": null}"#).quantity, "null quantity is absent")
    }

    func testNumericOperatorsOnlyForScalarNumbers() throws {
        var rows = PriceBookRows()
        rows.prices = [PriceRow(id: "big", priceSetId: "s", currencyCode: "usd", amount: dec("1"))]
        rows.priceRules = [PriceRuleRow(priceId: "big", attribute: "total", value: "300", operator: .gt)]
        let book = try PriceBook(rows: rows)
        func priced(_ json: String) throws -> Bool { !(book.resolve(priceSetIds: ["s"], context: try context(json), at: fixedNow).priceSets.isEmpty) }
        XCTAssertTrue(try priced(#"{"currency_code": "usd", "total": 301}"#))
        XCTAssertFalse(try priced(#"{"currency_code": "usd", "total": 300}"#))
        XCTAssertFalse(try priced(#"{"currency_code": "usd", "total": "301"}"#), "strings skip the operator (text match)")
        XCTAssertTrue(try priced(#"{"currency_code": "usd", "total": "300"}"#), "…and match by text, as in Medusa")
    }
}
