import Indexer
import Logging
import LoupeJSON
@testable import QueryServer
import TestDatabase
import XCTest

/// `loupe serve --database-url` end to end against a real PostgreSQL loaded with the Medusa fixture:
/// the sync feeds the `products` index and the price book, `/sync/verify` proves memory equals the
/// database, `/health` degrades while the database is unreachable, and a reindex swaps in a full reload.
final class DatabaseSyncRouteTests: XCTestCase {
    private static func service(url: String, registry: IndexRegistry, prices: PriceBookStore) -> SyncService {
        let index = Index(uid: "products", primaryKey: "id")
        registry.insert(index)
        var configuration = CatalogSync.Configuration()
        configuration.backoff = ReconnectBackoff(initialMilliseconds: 10, maximumMilliseconds: 20, maxAttempts: 2)
        let sync = CatalogSync(databaseURL: url, index: index, priceSink: PriceBookSink(store: prices), configuration: configuration)
        return SyncService(sync: sync, status: SyncStatus(), interval: .seconds(1), logger: Logger(label: "test"))
    }

    func testTheDatabaseFeedsSearchAndPricesAndVerifies() async throws {
        let database = try SyncTestDatabase()
        try database.loadFixture()
        let registry = IndexRegistry(), prices = PriceBookStore()
        let service = Self.service(url: database.url, registry: registry, prices: prices)
        try await withServer(indexes: registry, prices: prices, sync: service) { server in
            let before = try await server.call(.get, "/health")
            XCTAssertEqual(before.json["status"], "degraded", "no poll has landed yet")
            await service.step()
            let health = try await server.call(.get, "/health")
            XCTAssertEqual(health.json["status"], "available", health.text)
            XCTAssertEqual(health.json["sync"]?["status"], "in_sync")

            let search = try await server.call(.post, "/indexes/products/search", json: ["q": "shirt", "priceContext": ["currency_code": "eur"]])
            XCTAssertEqual(search.json["hits"]?[0]?["id"], "prod_shirt", search.text)
            XCTAssertEqual(search.json["hits"]?[0]?["_price"]?["raw_calculated_amount"], "25")
            let calculated = try await server.call(.post, "/prices/calculate", json: ["variant_ids": ["variant_mug"], "context": ["currency_code": "eur"]])
            XCTAssertEqual(calculated.json["price_sets"]?[0]?["raw_calculated_amount"]?["value"], "10", "the seed's rule-less override list applies to everyone")

            try database.runScript("UPDATE product SET title = 'Medusa Polo' WHERE id = 'prod_shirt'; UPDATE price SET amount = 11, raw_amount = '{\"value\": \"11\", \"precision\": 20}' WHERE id = 'price_b2b_mug_eur'")
            await service.step()
            let renamed = try await server.call(.post, "/indexes/products/search", json: ["q": "polo"])
            XCTAssertEqual(renamed.json["hits"]?[0]?["id"], "prod_shirt", renamed.text)
            let repriced = try await server.call(.post, "/prices/calculate", json: ["variant_ids": ["variant_mug"], "context": ["currency_code": "eur"]])
            XCTAssertEqual(repriced.json["price_sets"]?[0]?["raw_calculated_amount"]?["value"], "11", repriced.text)

            let verify = try await server.call(.post, "/sync/verify")
            XCTAssertEqual(verify.status, 200, verify.text)
            XCTAssertEqual(verify.json["inSync"], true, verify.text)
            XCTAssertEqual(verify.json["count"], 0)

            let queued = try await server.call(.post, "/sync/reindex")
            XCTAssertEqual(queued.status, 202, queued.text)
            XCTAssertEqual(queued.json["reindex"]?["status"], "queued")
            do { let value = try await server.call(.post, "/sync/reindex").errorCode; XCTAssertEqual(value, "reindex_already_running") }
            await service.step()
            let status = try await server.call(.get, "/sync")
            XCTAssertEqual(status.json["reindex"]?["status"], "succeeded", status.text)
            XCTAssertEqual(status.json["reindex"]?["result"]?["fullLoad"], true)
            let metrics = try await server.call(.get, "/metrics")
            XCTAssertTrue(metrics.text.contains("loupe_sync_staleness_seconds"), metrics.text)
        }
    }

    func testAnUnreachableDatabaseDegradesHealthAndKeepsServing() async throws {
        let registry = IndexRegistry(), prices = PriceBookStore()
        let service = Self.service(url: "postgresql://loupe@127.0.0.1:1/none?connect_timeout=2", registry: registry, prices: prices)
        try await withServer(indexes: registry, prices: prices, sync: service) { server in
            await service.step()
            let health = try await server.call(.get, "/health")
            XCTAssertEqual(health.status, 200)
            XCTAssertEqual(health.json["status"], "degraded")
            XCTAssertNotNil(health.json["sync"]?["stalenessSeconds"]?.numberValue)
            XCTAssertEqual(health.json["sync"]?["failures"], 1)
            XCTAssertFalse(health.json["sync"]?["lastError"]?.isNull ?? true)
            do { let value = try await server.call(.post, "/indexes/products/search", json: ["q": "x"]).status; XCTAssertEqual(value, 200, "the last generation keeps serving") }
            do { let value = try await server.call(.post, "/sync/verify").errorCode; XCTAssertEqual(value, "sync_unavailable") }
        }
        try await withServer { server in
            do { let value = try await server.call(.post, "/sync/verify").errorCode; XCTAssertEqual(value, "sync_not_configured") }
            do { let value = try await server.call(.get, "/health").json; XCTAssertEqual(value, ["status": "available"]) }
        }
    }
}
