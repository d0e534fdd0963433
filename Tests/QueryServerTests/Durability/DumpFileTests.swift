import Foundation
import Indexer
import Logging
import LoupeJSON
@testable import QueryServer
import XCTest

/// `loupe dump` / `loupe import-dump`: an instance's documents, settings and keys move to a new data directory.
final class DumpFileTests: XCTestCase {
    static let master = "dump-master-key-0123456789abcdef"

    func testDumpThenImportMovesDocumentsSettingsAndKeys() async throws {
        let source = TemporaryDirectory(), target = TemporaryDirectory()
        let dump = NSTemporaryDirectory() + "loupe-dump-\(UUID().uuidString).dump"
        defer { source.remove(); target.remove(); try? FileManager.default.removeItem(atPath: dump) }
        let keyUid = KeyBox()
        try await withDurableServer(source, masterKey: Self.master) { server, _, _ in
            try await Fixtures.seed(server)
            let settings = try await server.task(.patch, "/indexes/products/settings", json: ["sortableAttributes": ["price"]])
            XCTAssertEqual(settings["status"], "succeeded")
            let key = try await server.call(.post, "/keys", json: ["name": "ops", "actions": ["documents.get"], "indexes": ["*"], "expiresAt": nil])
            keyUid.value = key.json["uid"]?.stringValue ?? ""
        }
        var logger = Logger(label: "dump-test")
        logger.logLevel = .critical
        let written = try await DumpFile.export(dataDir: source.path, to: dump, masterKey: Self.master, logger: logger)
        XCTAssertEqual(written.indexes, 1)
        XCTAssertEqual(written.documents, 3)
        XCTAssertEqual(written.keys, 3, "the two default keys and the created one")

        let imported = try await DumpFile.importDump(dump, dataDir: target.path, masterKey: Self.master, logger: logger)
        XCTAssertEqual(imported.documents, 3)
        try await withDurableServer(target, masterKey: Self.master) { server, _, _ in
            let sorted = try await server.call(.post, "/indexes/products/search", json: ["sort": ["price:asc"]]).json
            XCTAssertEqual(sorted["hits"]?.arrayValue?.compactMap { $0["id"] }, [3, 2, 1], sorted.jsonString)
            let key = try await server.call(.get, "/keys/\(keyUid.value)")
            XCTAssertEqual(key.json["name"], "ops", key.text)
        }
        do {
            _ = try await DumpFile.importDump(dump, dataDir: target.path, masterKey: Self.master, logger: logger)
            XCTFail("importing into a directory that holds data must be refused")
        } catch {
            XCTAssertTrue(error.message.contains("already holds data"), error.message)
        }
    }
}
