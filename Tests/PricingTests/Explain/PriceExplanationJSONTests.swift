import LoupeJSON
import Pricing
import XCTest

/// JSON forms of `explain` and the tier ladder, serialized and parsed back.
final class PriceExplanationJSONTests: XCTestCase {
    func testExplanationJSONListsEveryCandidateWithItsOutcome() throws {
        var rows = b2bRows()
        rows.priceLists.append(PriceListRow(id: "later", type: .sale, startsAt: PricingInstant(iso8601: "2030-01-01T00:00:00Z")))
        rows.prices.append(PriceRow(id: "s1_later", priceSetId: "s1", currencyCode: "usd", amount: dec("1.00"), priceListId: "later"))
        let book = try PriceBook(rows: rows)
        let context = try PricingContext(currencyCode: "usd", quantity: 3, ["customer.groups.id": .strings(["vip"])])
        let explanation = try XCTUnwrap(book.explain(priceSetId: "s1", context: context, at: fixedNow))
        let json = try JSONParser.parse(JSONValue.object(explanation.toJSON()).serialized())
        XCTAssertEqual(json["price_set_id"]?.stringValue, "s1")
        XCTAssertEqual(json["result"], explanation.result?.toJSON())
        let candidates = try XCTUnwrap(json["candidates"]?.arrayValue)
        XCTAssertEqual(candidates.map { $0["price_id"]?.stringValue }, explanation.candidates.map(\.priceId))
        XCTAssertEqual(candidates.map { $0["amount"]?.stringValue }, explanation.candidates.map(\.amount.description))
        func outcome(_ id: String) -> JSONValue? { candidates.first { $0["price_id"]?.stringValue == id }?["outcome"] }
        XCTAssertEqual(outcome("s1_vip")?["kind"]?.stringValue, "calculated")
        XCTAssertEqual(outcome("s1_vip")?["also_original"]?.boolValue, false)
        XCTAssertEqual(outcome("s1_t1")?["kind"]?.stringValue, "original")
        XCTAssertEqual(outcome("s1_t2")?["reason"]?.stringValue, "quantity_window")
        XCTAssertEqual(outcome("s1_t2")?["quantity"]?.numberValue?.int64Value, 3)
        XCTAssertEqual(outcome("s1_acme")?["reason"]?.stringValue, "list_rule_attribute_missing")
        XCTAssertEqual(outcome("s1_acme")?["attribute"]?.stringValue, "company_id")
        XCTAssertEqual(outcome("s1_later")?["reason"]?.stringValue, "list_not_started")
        XCTAssertEqual(outcome("s1_later")?["starts_at"]?.stringValue, "2030-01-01T00:00:00.000Z")
        XCTAssertEqual(candidates.first { $0["price_id"]?.stringValue == "s1_vip" }?["price_list_id"]?.stringValue, "vip")
    }

    func testTierLadderJSONHasEveryStep() throws {
        let book = try PriceBook(rows: b2bRows())
        let ladder = try XCTUnwrap(book.tierLadder(variantId: "v1", context: PricingContext(currencyCode: "usd"), at: fixedNow))
        let json = try JSONParser.parse(JSONValue.object(ladder.toJSON()).serialized())
        let steps = try XCTUnwrap(json["steps"]?.arrayValue)
        XCTAssertEqual(steps.compactMap { $0["min_quantity"]?.numberValue?.int64Value }, [1, 10, 50])
        XCTAssertEqual(steps.map { $0["max_quantity"]?.numberValue?.int64Value }, [9, 49, nil])
        XCTAssertEqual(steps[2]["max_quantity"]?.isNull, true)
        XCTAssertEqual(steps.map { $0["price"]?["raw_calculated_amount"]?["value"]?.stringValue }, ["10.00", "8.50", "7.00"])
        XCTAssertEqual(try JSONParser.parse(JSONValue.object(XCTUnwrap(ladder.nextTier(after: 3)).toJSON()).serialized()),
                       ["min_quantity": 10, "unit_amount": "8.50", "price_id": "s1_t2"])
    }

    func testInstantTextRoundTrips() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let ms = Int64(bitPattern: state >> 10) % 200_000_000_000_000 - 60_000_000_000_000
            let instant = PricingInstant(millisecondsSinceEpoch: ms)
            XCTAssertEqual(PricingInstant(iso8601: instant.iso8601), instant, instant.iso8601)
        }
        XCTAssertEqual(PricingInstant(millisecondsSinceEpoch: -1).iso8601, "1969-12-31T23:59:59.999Z")
        XCTAssertEqual(fixedNow.iso8601, "2025-06-15T12:00:00.000Z")
    }
}
