import Indexer
import LoupeJSON
import TestDatabase
import XCTest

/// Shared set-up for the sync tests: a fresh database with the Medusa fixture and seed, a `CatalogSync`
/// into a new index with a recording price sink, and a second connection that plays the store.
class CatalogSyncTestCase: XCTestCase {
    var database: SyncTestDatabase!
    var store: PostgresConnection!
    var index: Index!
    var sink: RecordingPriceSink!
    var sync: CatalogSync!

    func startSync(legacyOptions: Bool = false, configure: (inout CatalogSync.Configuration) -> Void = { _ in }) throws {
        database = try SyncTestDatabase()
        try database.loadFixture(legacyOptions: legacyOptions)
        store = try database.connect()
        index = Index(uid: "products")
        sink = RecordingPriceSink()
        var configuration = CatalogSync.Configuration()
        configuration.backoff = ReconnectBackoff(initialMilliseconds: 10, maximumMilliseconds: 100, maxAttempts: 5)
        configure(&configuration)
        sync = CatalogSync(databaseURL: database.url, index: index, priceSink: sink, configuration: configuration)
        try sync.initialLoad()
        try assertInSync()
    }

    override func tearDown() {
        sync = nil
        store = nil
        database = nil
        super.tearDown()
    }

    /// Runs statements on the store connection, each in its own implicit transaction.
    func storeRuns(_ statements: String...) throws {
        for statement in statements { try store.query(statement) }
    }

    func document(_ id: String) throws -> JSONObject? {
        guard let bytes = index.generation.document(id: id) else { return nil }
        return try XCTUnwrap(JSONParser.parse(bytes).objectValue)
    }

    func field(_ id: String, _ path: String...) throws -> JSONValue? {
        var value: JSONValue? = .object(try XCTUnwrap(try document(id), "no document \(id)"))
        for key in path { value = value?[key] }
        return value
    }

    func strings(_ value: JSONValue?, _ key: String? = nil) -> [String] {
        (value?.arrayValue ?? []).compactMap { element in
            if let key { return element[key]?.stringValue }
            return element.stringValue
        }
    }

    /// `verify` finds no difference and every price row decoded.
    func assertInSync(file: StaticString = #filePath, line: UInt = #line) throws {
        let differences = try sync.verify()
        XCTAssertEqual(differences.map(\.description), [], file: file, line: line)
        XCTAssertEqual(sink.decodeErrors, [], file: file, line: line)
    }

    @discardableResult
    func pollAndVerify(file: StaticString = #filePath, line: UInt = #line) throws -> PollSummary {
        let summary = try sync.poll()
        try assertInSync(file: file, line: line)
        return summary
    }
}
