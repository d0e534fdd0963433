import ArgumentParser
import CatalogGenerator
import Foundation
import Indexer
import Logging
import LoupeJSON
import QueryServer

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

    @Flag(help: "Load the embedded demo catalog into the index \"products\".")
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

        let state = ServerState(configuration: configuration)
        let indexes = state.indexes
        var durability: Durability?
        if !inMemory { durability = try await Durability.open(path: dataDir, state: state, logger: logger) }
        // With a data directory, --demo and --load seed an index that is not there yet; a snapshot keeps it.
        var seeded = false
        if demo, durability == nil || indexes.index("products") == nil {
            let clock = ContinuousClock()
            let elapsed = try clock.measure { try Self.loadDemo(products: demoProducts, registry: indexes) }
            logger.info("loaded the demo catalog", metadata: ["index": "products", "documents": .stringConvertible(demoProducts), "seconds": .stringConvertible(elapsed)])
            seeded = true
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
        let app = LoupeServer.buildApplication(state: state, durability: durability, logger: logger) { port in
            let base = "http://\(configuration.host):\(port)"
            let auth = configuration.masterKey == nil ? "" : " -H 'Authorization: Bearer <key>'"
            print("Loupe is listening on \(base)")
            print("Try: curl -s -X POST '\(base)/indexes/\(index ?? "products")/search' -H 'Content-Type: application/json'\(auth) --data '{\"q\":\"shirt\"}'")
            fflush(nil)
        }
        guard let durability else {
            try await app.runService()
            return
        }
        let threshold = snapshotEveryMib << 20
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await durability.snapshotAutomatically(state, thresholdBytes: threshold) }
            group.addTask { try await app.runService() }
            try await group.next()
            group.cancelAll()
        }
        durability.close()
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
