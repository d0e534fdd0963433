import LoupeJSON
@testable import QueryServer
import XCTest

final class PriceRoutesTests: XCTestCase {
    func testCalculateByVariantAndPriceSetIdsWithExplain() async throws {
        try await withServer(prices: try PricingFixtures.store()) { server in
            let anonymous = try await server.call(.post, "/prices/calculate", json: ["variant_ids": ["v1a", "nope"], "context": PricingFixtures.anonymous])
            XCTAssertEqual(anonymous.status, 200, anonymous.text)
            XCTAssertEqual(anonymous.json["price_sets"]?[0]?["id"], "s1")
            XCTAssertEqual(anonymous.json["price_sets"]?[0]?["raw_calculated_amount"]?["value"], "100.00")
            XCTAssertEqual(anonymous.json["missing_ids"], ["nope"])
            XCTAssertNil(anonymous.json["explanations"])

            let vip = try await server.call(.post, "/prices/calculate", json: ["price_set_ids": ["s1"], "context": PricingFixtures.vip, "explain": true])
            XCTAssertEqual(vip.status, 200, vip.text)
            let set = try XCTUnwrap(vip.json["price_sets"]?[0])
            XCTAssertEqual(set["calculated_price"]?["price_list_type"], "sale")
            XCTAssertEqual(set["raw_calculated_amount"]?["value"], "80.00")
            XCTAssertEqual(set["raw_original_amount"]?["value"], "100.00")
            let explanation = try XCTUnwrap(vip.json["explanations"]?[0])
            XCTAssertEqual(explanation["price_set_id"], "s1")
            XCTAssertEqual(explanation["candidates"]?.arrayValue?.count, 2)
        }
    }

    func testBadPricingRequestsAreClearErrors() async throws {
        try await withServer(prices: try PricingFixtures.store()) { server in
            let cases: [(JSONValue, String)] = [
                (["variant_ids": ["v1a"]], "invalid_pricing_context"),
                (["variant_ids": ["v1a"], "context": [:]], "invalid_pricing_context"),
                (["variant_ids": ["v1a"], "price_set_ids": ["s1"], "context": PricingFixtures.anonymous], "invalid_pricing_request"),
                (["variant_ids": [1], "context": PricingFixtures.anonymous], "invalid_pricing_request"),
                (["variant_ids": ["v1a"], "context": PricingFixtures.anonymous, "explain": "yes"], "invalid_pricing_request"),
                (["variant_ids": ["v1a"], "context": PricingFixtures.anonymous, "extra": 1], "bad_request"),
            ]
            for (body, code) in cases {
                let response = try await server.call(.post, "/prices/calculate", json: body)
                XCTAssertEqual(response.status, 400, body.jsonString)
                XCTAssertEqual(response.errorCode, code, response.text)
            }
            let missingCurrency = try await server.call(.post, "/prices/calculate", json: ["variant_ids": ["v1a"], "context": ["region_id": "r"]])
            XCTAssertEqual(missingCurrency.json["message"], "Method calculatePrices requires currency_code in the pricing context")
            let tooMany = try await server.call(.post, "/prices/calculate", json: ["variant_ids": .array(Array(repeating: "v", count: 10_001)), "context": PricingFixtures.anonymous])
            XCTAssertEqual(tooMany.errorCode, "invalid_pricing_request")
            let badCart = try await server.call(.post, "/carts/price", json: ["lines": [["variant_id": "v1a", "quantity": 0]], "context": PricingFixtures.anonymous])
            XCTAssertEqual(badCart.errorCode, "invalid_cart_lines")
            XCTAssertTrue(badCart.json["message"]?.stringValue?.contains(".lines[0].quantity") ?? false, badCart.text)
        }
        try await withServer { server in
            let response = try await server.call(.post, "/prices/calculate", json: ["variant_ids": ["v1a"], "context": PricingFixtures.anonymous])
            XCTAssertEqual(response.status, 400)
            XCTAssertEqual(response.errorCode, "prices_not_loaded")
        }
    }

    func testCartLinesTiersAndTotals() async throws {
        try await withServer(prices: try PricingFixtures.store()) { server in
            let body: JSONValue = [
                "lines": [["variant_id": "v2a", "quantity": 10], ["variant_id": "v1a", "quantity": 1], ["variant_id": "ghost", "quantity": 2]],
                "context": PricingFixtures.vip, "tier_hints": true,
            ]
            let cart = try await server.call(.post, "/carts/price", json: body)
            XCTAssertEqual(cart.status, 200, cart.text)
            XCTAssertEqual(cart.json["currency_code"], "eur")
            XCTAssertEqual(cart.json["lines"]?[0]?["unit_price"], "40.00")
            XCTAssertEqual(cart.json["lines"]?[0]?["total"], "400.00")
            XCTAssertEqual(cart.json["lines"]?[1]?["unit_price"], "80.00")
            XCTAssertEqual(cart.json["lines"]?[1]?["price_list_type"], "sale")
            XCTAssertEqual(cart.json["lines"]?[2]?["status"], "unknown_variant")
            XCTAssertEqual(cart.json["subtotal"], "480.00")
            XCTAssertEqual(cart.json["is_complete"], false)
            let small = try await server.call(.post, "/carts/price", json: ["lines": [["variant_id": "v2a", "quantity": 3]], "context": PricingFixtures.anonymous, "tier_hints": true])
            XCTAssertEqual(small.json["lines"]?[0]?["next_tier"]?.isNull, false, small.text)
        }
    }

    func testPricingNeedsThePricingAction() async throws {
        let master = "pricing-master-key-0123456789"
        try await withServer(masterKey: master, prices: try PricingFixtures.store()) { server in
            let body: JSONValue = ["variant_ids": ["v1a"], "context": PricingFixtures.anonymous]
            do { let value = try await server.call(.post, "/prices/calculate", json: body, bearer: "").status; XCTAssertEqual(value, 401, "no key") }
            let keys = try await server.call(.get, "/keys").json["results"]?.arrayValue ?? []
            let search = try XCTUnwrap(keys.first { $0["name"] == "Default Search API Key" }?["key"]?.stringValue)
            do { let value = try await server.call(.post, "/carts/price", json: ["lines": [], "context": PricingFixtures.anonymous], bearer: search).errorCode; XCTAssertEqual(value, "invalid_api_key") }
            let created = try await server.call(.post, "/keys", json: ["actions": ["prices.calculate"], "indexes": ["*"], "expiresAt": .null])
            let pricingKey = try XCTUnwrap(created.json["key"]?.stringValue, created.text)
            do { let value = try await server.call(.post, "/prices/calculate", json: body, bearer: pricingKey).status; XCTAssertEqual(value, 200) }
            do { let value = try await server.call(.post, "/indexes/products/search", json: [:], bearer: pricingKey).errorCode; XCTAssertEqual(value, "invalid_api_key") }
        }
    }
}
