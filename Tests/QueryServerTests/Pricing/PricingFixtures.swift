import LoupeJSON
import Pricing
@testable import QueryServer
import XCTest

/// A small price book and the products it prices, shared by the pricing route and priced-search tests.
///
/// Product 1 has variants `v1a` (100.00 EUR, 80.00 for the `vip` group through a sale list) and `v1b`
/// (90.00); product 2 has `v2a` (50.00, 40.00 from 10 units); product 3 has no variant.
enum PricingFixtures {
    static let rows = """
    {"table": "price_list", "row": {"id": "pl_vip", "status": "active", "type": "sale", "rules_count": 1}}
    {"table": "price_list_rule", "row": {"price_list_id": "pl_vip", "attribute": "customer.groups.id", "value": "[\\"vip\\"]"}}
    {"table": "price", "row": {"id": "p1", "price_set_id": "s1", "currency_code": "eur", "amount": "100", "raw_amount": {"value": "100.00", "precision": 20}}}
    {"table": "price", "row": {"id": "p1vip", "price_set_id": "s1", "currency_code": "eur", "amount": "80", "price_list_id": "pl_vip", "raw_amount": {"value": "80.00", "precision": 20}}}
    {"table": "price", "row": {"id": "p2", "price_set_id": "s2", "currency_code": "eur", "amount": "90", "raw_amount": {"value": "90.00", "precision": 20}}}
    {"table": "price", "row": {"id": "p3", "price_set_id": "s3", "currency_code": "eur", "amount": "50", "max_quantity": 9, "raw_amount": {"value": "50.00", "precision": 20}}}
    {"table": "price", "row": {"id": "p3bulk", "price_set_id": "s3", "currency_code": "eur", "amount": "40", "min_quantity": 10, "raw_amount": {"value": "40.00", "precision": 20}}}
    {"table": "product_variant_price_set", "row": {"variant_id": "v1a", "price_set_id": "s1"}}
    {"table": "product_variant_price_set", "row": {"variant_id": "v1b", "price_set_id": "s2"}}
    {"table": "product_variant_price_set", "row": {"variant_id": "v2a", "price_set_id": "s3"}}
    """

    static let products: JSONValue = [
        ["id": 1, "title": "Red Jacket", "variants": [["id": "v1a"], ["id": "v1b"]]],
        ["id": 2, "title": "Red Scarf", "variants": [["id": "v2a"]]],
        ["id": 3, "title": "Red Hat", "variants": []],
    ]

    static func store() throws -> PriceBookStore {
        PriceBookStore(try PriceBook(rows: PriceBookRows(ndjson: Array(rows.utf8))))
    }

    static func seed(_ server: TestServer) async throws {
        let task = try await server.task(.post, "/indexes/products/documents?primaryKey=id", json: products)
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
    }

    static let anonymous: JSONValue = ["currency_code": "eur"]
    static let vip: JSONValue = ["currency_code": "eur", "customer": ["groups": [["id": "vip"]]]]
}
