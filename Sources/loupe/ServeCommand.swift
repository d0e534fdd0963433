import ArgumentParser
import CatalogGenerator
import Foundation
import Indexer
import Logging
import LoupeJSON
import Pricing
import QueryServer
import ServiceLifecycle

/// `loupe serve`: runs the Meilisearch-compatible HTTP API until SIGTERM or SIGINT (in-flight requests
/// finish first). Settings come from `--config` (YAML or TOML), then `LOUPE_*` / `MEILI_*` environment
/// variables, then flags, each overriding the previous.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the search API (Meilisearch-compatible) on 127.0.0.1:7700 unless told otherwise.")

    @Option(help: "Address to bind (default 127.0.0.1; use 0.0.0.0 to listen on every interface).")
    var host: String?

    @Option(help: "TCP port (default 7700; 0 picks a free port).")
    var port: Int?

    @Option(name: .customLong("config"), help: "Configuration file (.yaml, .yml or .toml).")
    var configFile: String?

    @Option(help: "Master key: enables API keys and tenant tokens (also LOUPE_MASTER_KEY or MEILI_MASTER_KEY).")
    var masterKey: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String?

    @Option(help: "NDJSON file of documents to load before serving (with --index).")
    var load: String?

    @Option(help: "Index receiving the --load documents.")
    var index: String?

    @Option(help: "Directory of Medusa price tables as NDJSON (<table>.ndjson, as `loupe generate` writes under <out>/prices) to price carts and search hits.")
    var prices: String?

    @Option(help: "Keep the index \"products\" and the price book in step with this Medusa v2 PostgreSQL database (libpq URI or key=value string; also LOUPE_DATABASE_URL or DATABASE_URL); the config file's sql_sources read from it too.")
    var databaseURL: String?

    @Option(help: "Seconds between two polls of the database (with --database-url).")
    var pollInterval: Double = 1

    @Option(help: "Each hard-delete fingerprint query runs once every this many polls (spread over the polls; the first poll after a start runs them all). 1 runs them all on every poll.")
    var fingerprintEveryPolls: Int = CatalogSync.Configuration.servingFingerprintEveryPolls

    @Flag(help: "Load the embedded demo catalog into the index \"products\", with its price book.")
    var demo = false

    @Option(help: "Products in the demo catalog (with --demo).")
    var demoProducts = 20_000

    @Option(help: "Data directory: write-ahead log and snapshots; the state is recovered from it at start.")
    var dataDir = "./loupe-data"

    @Flag(help: "Keep everything in memory only (no data directory; a restart starts empty).")
    var inMemory = false

    @Option(help: "Write a snapshot after this many MiB of write-ahead log.")
    var snapshotEveryMib = 256

    func validate() throws {
        if load != nil, index == nil { throw ValidationError("--load needs --index NAME") }
        if !(0.05...3600).contains(pollInterval) { throw ValidationError("--poll-interval must be between 0.05 and 3600 seconds") }
        if !(1...1000).contains(fingerprintEveryPolls) { throw ValidationError("--fingerprint-every-polls must be between 1 and 1000") }
        if snapshotEveryMib < 1 { throw ValidationError("--snapshot-every-mib must be at least 1") }
        if !(1...CatalogGenerator.maximumProductCount).contains(demoProducts) {
            throw ValidationError("--demo-products must be between 1 and \(CatalogGenerator.maximumProductCount)")
        }
    }

    func run() async throws {
        var flags: [String: String] = [:]
        if let host { flags["host"] = host }
        if let port { flags["port"] = String(port) }
        if let masterKey { flags["master_key"] = masterKey }
        if let logLevel { flags["log_level"] = logLevel }
        let configuration = try ConfigurationLoader.load(file: configFile, environment: ProcessInfo.processInfo.environment, flags: flags)
        let format = configuration.logFormat
        LoggingSystem.bootstrap { label in
            format == .json ? JSONLogHandler(label: label) as any LogHandler : StreamLogHandler.standardError(label: label)
        }
        var logger = Logger(label: "loupe")
        logger.logLevel = configuration.logLevel

        let indexes = IndexRegistry()
        let priceBook = PriceBookStore()
        let state = ServerState(configuration: configuration, indexes: indexes, prices: priceBook)
        var durability: Durability?
        if !inMemory { durability = try await Durability.open(path: dataDir, state: state, logger: logger) }
        // With a data directory, --demo and --load seed an index that is not there yet; a snapshot keeps it.
        var seeded = false
        let clock = ContinuousClock()
        if demo, durability == nil || indexes.index("products") == nil {
            let elapsed = try clock.measure { try Self.loadDemo(products: demoProducts, registry: indexes) }
            logger.info("loaded the demo catalog", metadata: ["index": "products", "documents": .stringConvertible(demoProducts), "seconds": .stringConvertible(elapsed)])
            seeded = true
        }
        if demo { priceBook.replace(with: try PriceLoading.demoBook(products: demoProducts)) }
        if let prices {
            let book = try PriceLoading.book(directory: prices)
            priceBook.replace(with: book)
            logger.info("loaded the price book", metadata: ["directory": .string(prices), "prices": .stringConvertible(book.priceCount), "issues": .stringConvertible(book.issues.count)])
        }
        if let load, let index, durability == nil || indexes.index(index) == nil {
            let count = try Self.loadNDJSON(path: load, into: index, registry: indexes)
            logger.info("loaded documents", metadata: ["index": .string(index), "documents": .stringConvertible(count), "file": .string(load)])
            seeded = true
        }
        if seeded, let durability { try await durability.snapshot(of: state) }
        if let masterKey = configuration.masterKey, masterKey.utf8.count < 16 {
            logger.warning("the master key is shorter than 16 bytes; use a longer one outside development")
        }
        let environment = ProcessInfo.processInfo.environment
        let durable = durability
        let url = databaseURL ?? environment["LOUPE_DATABASE_URL"] ?? environment["DATABASE_URL"]
        if !configuration.sqlSources.isEmpty, url == nil { throw ValidationError("sql_sources need --database-url (or LOUPE_DATABASE_URL)") }
        if configuration.medusaSync, configuration.sqlSources.contains(where: { $0.index == "products" }) {
            throw ValidationError("the SQL source `products` would share its index with the Medusa feed: rename it or set medusa_sync: false")
        }
        let sqlSources = url.flatMap { url in
            Self.sqlSources(configuration.sqlSources, url: url, registry: indexes, interval: pollInterval, logger: logger)
        }
        let sync = (configuration.medusaSync ? url : nil).map { url in
            // With a data directory, a full load is snapshotted at once: a restart then resumes from it.
            Self.databaseSync(url: url, registry: indexes, prices: priceBook, interval: pollInterval,
                              fingerprintEveryPolls: fingerprintEveryPolls, logger: logger) { [logger] in
                await Self.snapshot(durable, state, logger: logger)
            }
        }
        if let sync, let restored = durability?.recoveredSync, try !sync.resume(from: restored) {
            logger.info("the snapshot's sync state cannot be resumed from; the first poll loads in full")
        }
        if let sync { state.attach(sync) }
        let app = LoupeServer.buildApplication(state: state, durability: durability, logger: logger) { port in
            let base = "http://\(configuration.host):\(port)"
            let auth = configuration.masterKey == nil ? "" : " -H 'Authorization: Bearer <key>'"
            print("Loupe is listening on \(base)")
            print("Try: curl -s -X POST '\(base)/indexes/\(index ?? "products")/search' -H 'Content-Type: application/json'\(auth) --data '{\"q\":\"shirt\"}'")
            fflush(nil)
        }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app)]
        if let sync { services.append(.init(service: sync)) }
        if let sqlSources { services.append(.init(service: sqlSources)) }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        guard let durability else {
            try await group.run()
            return
        }
        let threshold = snapshotEveryMib << 20
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { await durability.snapshotAutomatically(state, thresholdBytes: threshold) }
            tasks.addTask { try await group.run() }
            try await tasks.next()
            tasks.cancelAll()
        }
        // The sync's writes are not logged: a last snapshot lets the next start resume from this watermark.
        if sync != nil { await Self.snapshot(durability, state, logger: logger) }
        durability.close()
    }

    static func snapshot(_ durability: Durability?, _ state: ServerState, logger: Logger) async {
        do throws(SnapshotError) {
            try await durability?.snapshot(of: state)
        } catch {
            logger.error("snapshot failed", metadata: ["error": .string(error.message)])
        }
    }

    /// The `products` index and the price book fed by polling a Medusa v2 database (the first poll is
    /// the initial load; until it lands `/health` says `degraded`).
    static func databaseSync(url: String, registry: IndexRegistry, prices: PriceBookStore, interval: Double,
                             fingerprintEveryPolls: Int, logger: Logger,
                             afterFullLoad: @escaping @Sendable () async -> Void) -> SyncService {
        let index = registry.index("products") ?? Index(uid: "products", primaryKey: "id")
        registry.insert(index)
        var configuration = CatalogSync.Configuration()
        configuration.fingerprintEveryPolls = fingerprintEveryPolls
        // Few reconnect attempts per poll: the poll loop is the outer retry, and /health turns degraded
        // within a poll interval of the database going away instead of after a long backoff.
        configuration.backoff = ReconnectBackoff(initialMilliseconds: 100, maximumMilliseconds: 1000, maxAttempts: 3)
        let sync = CatalogSync(databaseURL: url, index: index, priceSink: PriceBookSink(store: prices), configuration: configuration)
        return SyncService(sync: sync, status: SyncStatus(), interval: .milliseconds(Int64(interval * 1000)), logger: logger,
                           afterFullLoad: afterFullLoad)
    }

    /// The indexes defined by SQL queries over the database, polled every `interval` (nil when none).
    static func sqlSources(_ sources: [SQLSourceConfiguration], url: String, registry: IndexRegistry, interval: Double, logger: Logger) -> SQLSourceService? {
        guard !sources.isEmpty else { return nil }
        let syncs = sources.map { source in
            let index = registry.index(source.index) ?? Index(uid: source.index, primaryKey: source.primaryKey)
            registry.insert(index)
            return SQLQuerySync(databaseURL: url, query: source.query, primaryKey: source.primaryKey, index: index,
                                backoff: ReconnectBackoff(initialMilliseconds: 100, maximumMilliseconds: 1000, maxAttempts: 3))
        }
        return SQLSourceService(sources: syncs, interval: .milliseconds(Int64(interval * 1000)), logger: logger)
    }

    /// Reads an NDJSON file into a new index; the primary key is inferred from the first document.
    static func loadNDJSON(path: String, into uid: String, registry: IndexRegistry) throws -> Int {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        let index = registry.index(uid) ?? Index(uid: uid)
        let count = try index.addDocuments(ndjson: [UInt8](data))
        registry.insert(index)
        return count
    }

    /// Creates the `products` index from the seeded synthetic catalogue, with the catalogue's settings.
    static func loadDemo(products: Int, registry: IndexRegistry) throws {
        let generator = CatalogGenerator(seed: 42)
        let index = Index(uid: "products", primaryKey: "id")
        index.updateSettings(try index.settings.applying(CatalogGenerator.searchSettings))
        try index.addDocuments(ndjson: try generator.productsNDJSON(range: 0..<products))
        registry.insert(index)
    }
}
