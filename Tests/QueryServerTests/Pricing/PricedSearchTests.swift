import Foundation
import LoupeJSON
import Pricing
@testable import QueryServer
import XCTest

final class PricedSearchTests: XCTestCase {
    private static func price(of id: Int, in response: Exchange) -> JSONValue? {
        response.json["hits"]?.arrayValue?.first { $0["id"] == .int(id) }?["_price"]
    }

    func testHitsCarryTheCheapestVariantPriceOfTheContext() async throws {
        try await withServer(prices: try PricingFixtures.store()) { server in
            try await PricingFixtures.seed(server)
            let anonymous = try await server.call(.post, "/indexes/products/search", json: ["q": "red", "priceContext": PricingFixtures.anonymous])
            XCTAssertEqual(anonymous.status, 200, anonymous.text)
            XCTAssertEqual(Self.price(of: 1, in: anonymous)?["variant_id"], "v1b")
            XCTAssertEqual(Self.price(of: 1, in: anonymous)?["raw_calculated_amount"], "90.00")
            XCTAssertEqual(Self.price(of: 2, in: anonymous)?["raw_calculated_amount"], "50.00")
            XCTAssertEqual(Self.price(of: 3, in: anonymous), .null, "a product without variants is unpriced")

            let vip = try await server.call(.post, "/indexes/products/search", json: ["q": "jacket", "priceContext": PricingFixtures.vip])
            let jacket = try XCTUnwrap(Self.price(of: 1, in: vip))
            XCTAssertEqual(jacket["variant_id"], "v1a")
            XCTAssertEqual(jacket["raw_calculated_amount"], "80.00")
            XCTAssertEqual(jacket["raw_original_amount"], "100.00")
            XCTAssertEqual(jacket["calculated_price_list_type"], "sale")

            let bulk = try await server.call(.post, "/indexes/products/search", json: ["q": "scarf", "priceContext": ["currency_code": "eur", "quantity": 10]])
            XCTAssertEqual(Self.price(of: 2, in: bulk)?["raw_calculated_amount"], "40.00")

            let unpriced = try await server.call(.post, "/indexes/products/search", json: ["q": "red"])
            XCTAssertNil(Self.price(of: 1, in: unpriced), "no price context, no _price")

            let multi = try await server.call(.post, "/multi-search", json: ["queries": [["indexUid": "products", "q": "jacket", "priceContext": PricingFixtures.vip]]])
            XCTAssertEqual(multi.json["results"]?[0]?["hits"]?[0]?["_price"]?["raw_calculated_amount"], "80.00", multi.text)

            let invalid = try await server.call(.post, "/indexes/products/search", json: ["q": "red", "priceContext": ["region_id": "r"]])
            XCTAssertEqual(invalid.status, 400)
            XCTAssertEqual(invalid.errorCode, "invalid_search_price_context")
        }
    }

    func testGetSearchTakesThePriceContextAsURLEncodedJSON() async throws {
        try await withServer(prices: try PricingFixtures.store()) { server in
            try await PricingFixtures.seed(server)
            let context = try XCTUnwrap(PricingFixtures.vip.jsonString.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let vip = try await server.call(.get, "/indexes/products/search?q=jacket&priceContext=\(context)")
            XCTAssertEqual(vip.status, 200, vip.text)
            XCTAssertEqual(Self.price(of: 1, in: vip)?["raw_calculated_amount"], "80.00", "the same price as the POST body gives")

            let invalid = try await server.call(.get, "/indexes/products/search?q=jacket&priceContext=vip")
            XCTAssertEqual(invalid.status, 400, invalid.text)
            XCTAssertEqual(invalid.errorCode, "invalid_search_price_context")
        }
    }

    func testATenantTokenPriceContextCannotBeOverridden() async throws {
        let master = "priced-search-master-key-0123"
        try await withServer(masterKey: master, prices: try PricingFixtures.store()) { server in
            try await PricingFixtures.seed(server)
            let keys = try await server.call(.get, "/keys").json["results"]?.arrayValue ?? []
            let parent = try XCTUnwrap(keys.first { $0["name"] == "Default Search API Key" })
            let uid = parent["uid"]?.stringValue ?? "", key = parent["key"]?.stringValue ?? ""
            let vipToken = TenantTokenIssuer.token(apiKeyUID: uid, apiKey: key, searchRules: ["*"], priceContext: PricingFixtures.vip)

            let fixed = try await server.call(.post, "/indexes/products/search", json: ["q": "jacket"], bearer: vipToken)
            XCTAssertEqual(fixed.status, 200, fixed.text)
            XCTAssertEqual(Self.price(of: 1, in: fixed)?["raw_calculated_amount"], "80.00")

            let override = try await server.call(.post, "/indexes/products/search", json: ["q": "jacket", "priceContext": PricingFixtures.anonymous], bearer: vipToken)
            XCTAssertEqual(override.status, 403)
            XCTAssertEqual(override.errorCode, "invalid_search_price_context")
            let multi = try await server.call(.post, "/multi-search", json: ["queries": [["indexUid": "products", "priceContext": PricingFixtures.anonymous]]], bearer: vipToken)
            XCTAssertEqual(multi.errorCode, "invalid_search_price_context")

            let plainToken = TenantTokenIssuer.token(apiKeyUID: uid, apiKey: key, searchRules: ["*"])
            let chosen = try await server.call(.post, "/indexes/products/search", json: ["q": "jacket", "priceContext": PricingFixtures.anonymous], bearer: plainToken)
            XCTAssertEqual(Self.price(of: 1, in: chosen)?["raw_calculated_amount"], "90.00")

            let brokenToken = TenantTokenIssuer.token(apiKeyUID: uid, apiKey: key, searchRules: ["*"], priceContext: ["region_id": "r"])
            do { let value = try await server.call(.post, "/indexes/products/search", json: [:], bearer: brokenToken).errorCode; XCTAssertEqual(value, "invalid_api_key") }
        }
    }

    func testFilterSortAndFacetStatsUseTheResolvedPrice() async throws {
        let store = try PricingFixtures.store()
        try await withServer(prices: store) { server in
            try await PricingFixtures.seed(server)
            let cheap = try await server.call(.post, "/indexes/products/search", json: ["filter": "_price < 60", "priceContext": PricingFixtures.anonymous])
            XCTAssertEqual(cheap.status, 200, cheap.text)
            XCTAssertEqual(cheap.json["hits"]?.arrayValue?.compactMap { $0["id"] }, [2])

            let sorted = try await server.call(.post, "/indexes/products/search", json: ["sort": ["_price:desc"], "priceContext": PricingFixtures.vip])
            XCTAssertEqual(sorted.json["hits"]?.arrayValue?.compactMap { $0["id"] }, [1, 2, 3], "unpriced last")
            let ascending = try await server.call(.post, "/indexes/products/search", json: ["sort": ["_price:asc"], "priceContext": PricingFixtures.anonymous])
            XCTAssertEqual(ascending.json["hits"]?.arrayValue?.compactMap { $0["id"] }, [2, 1, 3])

            let stats = try await server.call(.post, "/indexes/products/search", json: ["facets": ["_price"], "priceContext": PricingFixtures.vip])
            XCTAssertEqual(stats.json["facetStats"]?["_price"]?["min"]?.numberValue?.doubleValue, 50, stats.text)
            XCTAssertEqual(stats.json["facetStats"]?["_price"]?["max"]?.numberValue?.doubleValue, 80, stats.text)
            let vipRange = try await server.call(.post, "/indexes/products/search", json: ["filter": "_price 70 TO 85", "priceContext": PricingFixtures.vip])
            XCTAssertEqual(vipRange.json["hits"]?.arrayValue?.compactMap { $0["id"] }, [1], "the vip price, not the base price")

            let unpriced = try await server.call(.post, "/indexes/products/search", json: ["filter": "_price < 60"])
            XCTAssertEqual(unpriced.errorCode, "invalid_search_filter", "without a price context `_price` is not an attribute")

            // A new price book generation is seen at once (the per-segment columns are cached per book).
            store.replace(with: try PriceBook(rows: PriceBookRows(ndjson: Array(PricingFixtures.rows.replacingOccurrences(of: "\"amount\": \"50\"", with: "\"amount\": \"95\"").replacingOccurrences(of: "\"value\": \"50.00\"", with: "\"value\": \"95.00\"").utf8))))
            let repriced = try await server.call(.post, "/indexes/products/search", json: ["sort": ["_price:asc"], "priceContext": PricingFixtures.anonymous])
            XCTAssertEqual(repriced.json["hits"]?.arrayValue?.compactMap { $0["id"] }, [1, 2, 3], repriced.text)
        }
    }
}
