import Foundation
import Indexer
import Pricing
import QueryServer

/// The Medusa v2 database `scripts/bench` prepared for this run (`LOUPE_BENCH_DATABASE_URL`: the fixture,
/// the seed and `LOUPE_BENCH_PRODUCTS` generated products with 3 prices each, cached between runs) and a
/// sync into a new `products` index and a real price book, as `loupe serve --database-url` builds them.
enum SyncDatabase {
    static var url: String {
        guard let url = ProcessInfo.processInfo.environment["LOUPE_BENCH_DATABASE_URL"], !url.isEmpty else {
            fatalError("LOUPE_BENCH_DATABASE_URL is not set: run the suite through scripts/bench, which starts PostgreSQL and generates the database")
        }
        return url
    }

    /// A sync that has not read anything yet, its index empty and its price book unset.
    static func newSync() -> (sync: CatalogSync, prices: PriceBookStore) {
        let prices = PriceBookStore()
        let index = Index(uid: "products", primaryKey: "id")
        var configuration = CatalogSync.Configuration()
        configuration.fingerprintEveryPolls = CatalogSync.Configuration.servingFingerprintEveryPolls
        return (CatalogSync(databaseURL: url, index: index, priceSink: PriceBookSink(store: prices), configuration: configuration), prices)
    }

    /// A sync after its initial load.
    static func loadedSync() -> CatalogSync {
        let (sync, _) = newSync()
        do { try sync.initialLoad() } catch { fatalError("initial load: \(error)") }
        return sync
    }
}
