import Foundation
import Indexer
import LoupeJSON
@testable import QueryServer
import XCTest

/// Restarting on a data directory gives back every acknowledged write: documents, deletions, settings,
/// index changes and API keys — from the log alone, from a snapshot plus the log after it, from the older
/// snapshot when the newest is damaged, and with a torn log tail cut off.
final class RecoveryTests: XCTestCase {
    static let master = "durability-master-key-0123456789"

    /// Writes a little of everything; returns the uid of a created API key.
    private static func writeEverything(_ server: TestServer) async throws -> String {
        try await Fixtures.seed(server)
        var task = try await server.task(.patch, "/indexes/products/settings", json: ["filterableAttributes": ["color"], "stopWords": ["the"]])
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        task = try await server.task(.put, "/indexes/products/documents", json: [["id": 2, "price": 65]])
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        task = try await server.task(.delete, "/indexes/products/documents/3")
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        task = try await server.task(.post, "/indexes", json: ["uid": "movies", "primaryKey": "mid"])
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        task = try await server.task(.post, "/indexes", json: ["uid": "doomed"])
        task = try await server.task(.delete, "/indexes/doomed")
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
        let key = try await server.call(.post, "/keys", json: ["name": "storefront", "actions": ["search"], "indexes": ["products"], "expiresAt": nil])
        XCTAssertEqual(key.status, 201, key.text)
        return key.json["uid"]?.stringValue ?? ""
    }

    /// Checks what `writeEverything` wrote is all there.
    private static func expectEverything(_ server: TestServer, keyUid: String) async throws {
        let scarf = try await server.call(.get, "/indexes/products/documents/3")
        XCTAssertEqual(scarf.status, 404, "the deleted document stays deleted")
        let jacket = try await server.call(.get, "/indexes/products/documents/1")
        XCTAssertEqual(jacket.json["title"], "Red Jacket")
        let jeans = try await server.call(.get, "/indexes/products/documents/2").json
        XCTAssertEqual(jeans["price"], 65)
        XCTAssertEqual(jeans["title"], "Blue Jeans")
        let settings = try await server.call(.get, "/indexes/products/settings").json
        XCTAssertEqual(settings["filterableAttributes"], ["color"])
        XCTAssertEqual(settings["stopWords"], ["the"])
        let filtered = try await server.call(.post, "/indexes/products/search", json: ["filter": "color = red"]).json
        XCTAssertEqual(filtered["hits"]?[0]?["id"], 1, filtered.jsonString)
        let movies = try await server.call(.get, "/indexes/movies").json
        XCTAssertEqual(movies["primaryKey"], "mid")
        let doomed = try await server.call(.get, "/indexes/doomed")
        XCTAssertEqual(doomed.status, 404)
        let key = try await server.call(.get, "/keys/\(keyUid)")
        XCTAssertEqual(key.status, 200, key.text)
        XCTAssertEqual(key.json["name"], "storefront")
    }

    func testRestartReplaysTheLog() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let keyUid = KeyBox()
        try await withDurableServer(directory, masterKey: Self.master) { server, _, _ in
            keyUid.value = try await Self.writeEverything(server)
        }
        try await withDurableServer(directory, masterKey: Self.master) { server, _, _ in
            try await Self.expectEverything(server, keyUid: keyUid.value)
            // Task uids keep increasing across the restart.
            let next = try await server.call(.post, "/indexes", json: ["uid": "later"]).json
            XCTAssertEqual(next["taskUid"]?.numberValue?.int64Value, 7, "seven tasks ran before the restart")
        }
    }

    func testSnapshotThenLogAndFallbackFromADamagedSnapshot() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let keyUid = KeyBox()
        try await withDurableServer(directory, masterKey: Self.master) { server, _, _ in
            keyUid.value = try await Self.writeEverything(server)
            let first = try await server.task(.post, "/snapshots")
            XCTAssertEqual(first["status"], "succeeded", first.jsonString)
            try await server.task(.post, "/indexes/products/documents", json: [["id": 10, "title": "Yellow Hat"]])
            let second = try await server.task(.post, "/snapshots")
            XCTAssertEqual(second["status"], "succeeded", second.jsonString)
            try await server.task(.post, "/indexes/products/documents", json: [["id": 11, "title": "Purple Socks"]])
        }
        XCTAssertEqual(directory.files("snapshots", suffix: ".snapshot").count, 2)
        try await withDurableServer(directory, masterKey: Self.master) { server, _, _ in
            let total = try await server.call(.get, "/indexes/products/documents?limit=0").json["total"]
            XCTAssertEqual(total, 4)
        }
        try damage(try XCTUnwrap(directory.newest("snapshots", suffix: ".snapshot")))
        try await withDurableServer(directory, masterKey: Self.master) { server, _, _ in
            try await Self.expectEverything(server, keyUid: keyUid.value)
            let hat = try await server.call(.get, "/indexes/products/documents/10")
            XCTAssertEqual(hat.status, 200, "the write between the two snapshots comes back from the log")
            let socks = try await server.call(.get, "/indexes/products/documents/11")
            XCTAssertEqual(socks.status, 200)
        }
    }

    func testTornTailIsCutAndEarlierWritesStay() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try await withDurableServer(directory) { server, _, _ in
            try await Fixtures.seed(server)
            try await server.task(.post, "/indexes/products/documents", json: [["id": 10, "title": "Yellow Hat"]])
        }
        let log = try XCTUnwrap(directory.files("wal", suffix: ".log").last { TemporaryDirectory.size($0) > 0 })
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data([0x40, 0, 0, 0, 1, 2, 3, 4, 5, 6]))
        try handle.close()
        let tornSize = TemporaryDirectory.size(log)
        try await withDurableServer(directory) { server, _, _ in
            let total = try await server.call(.get, "/indexes/products/documents?limit=0").json["total"]
            XCTAssertEqual(total, 4)
        }
        XCTAssertEqual(TemporaryDirectory.size(log), tornSize - 10, "the torn bytes are cut off the file")
    }

    func testCorruptedLastRecordLosesOnlyThatWrite() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try await withDurableServer(directory) { server, _, _ in
            try await Fixtures.seed(server)
            try await server.task(.post, "/indexes/products/documents", json: [["id": 10, "title": "Yellow Hat"], ["id": 11, "title": "Green Hat"]])
        }
        let log = try XCTUnwrap(directory.files("wal", suffix: ".log").last { TemporaryDirectory.size($0) > 0 })
        try damage(log, at: 0.97)
        try await withDurableServer(directory) { server, _, _ in
            let documents = try await server.call(.get, "/indexes/products/documents?limit=10").json
            XCTAssertEqual(documents["total"], 3, "the damaged batch is dropped whole: \(documents.jsonString)")
        }
    }

    func testDamageBeforeLaterLogsStopsRecovery() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try await withDurableServer(directory) { server, _, _ in try await Fixtures.seed(server) }
        try await withDurableServer(directory) { server, _, _ in
            try await server.task(.post, "/indexes/products/documents", json: [["id": 10, "title": "Yellow Hat"]])
        }
        let logs = directory.files("wal", suffix: ".log").filter { TemporaryDirectory.size($0) > 0 }
        XCTAssertEqual(logs.count, 2)
        try damage(logs[0])
        do {
            try await withDurableServer(directory) { _, _, _ in XCTFail("a server must not start on a damaged log") }
        } catch let error as SnapshotError {
            XCTAssertTrue(error.message.contains("damaged"), error.message)
        }
    }
}

/// A mutable slot the sendable test closures share.
final class KeyBox: @unchecked Sendable {
    var value = ""
}

extension TemporaryDirectory {
    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
