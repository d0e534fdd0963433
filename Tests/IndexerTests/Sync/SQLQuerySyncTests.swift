import Indexer
import LoupeJSON
import TestDatabase
import XCTest

/// An index defined by a SQL query: inserts, updates and deletes in the source show up after a
/// refresh, an unchanged source writes nothing, and rows without a usable key are skipped and named.
final class SQLQuerySyncTests: XCTestCase {
    func testRefreshFollowsTheQueryResult() throws {
        let database = try SyncTestDatabase()
        let store = try database.connect()
        try store.query("CREATE TABLE item (id text, name text NOT NULL, price_cents bigint NOT NULL, hidden boolean NOT NULL DEFAULT false)")
        try store.query("INSERT INTO item (id, name, price_cents) VALUES ('a', 'Anvil', 1999), ('b', 'Bucket', 450)")
        let index = Index(uid: "items")
        let sync = SQLQuerySync(databaseURL: database.url, query: "SELECT id, name, price_cents FROM item WHERE NOT hidden",
                                primaryKey: "id", index: index)
        var summary = try sync.refresh()
        XCTAssertEqual(summary.changedDocuments, 2)
        XCTAssertEqual(try sync.verify(), [])
        let version = index.generation.version
        summary = try sync.refresh()
        XCTAssertEqual(summary.changedDocuments, 0)
        XCTAssertEqual(index.generation.version, version, "an unchanged result writes nothing")

        try store.query("UPDATE item SET price_cents = 1799 WHERE id = 'a'")
        try store.query("UPDATE item SET hidden = true WHERE id = 'b'")
        try store.query("INSERT INTO item (id, name, price_cents) VALUES ('c', 'Chisel', 799), (NULL, 'No key', 1)")
        summary = try sync.refresh()
        XCTAssertEqual(summary.changedDocuments, 2)
        XCTAssertEqual(summary.deletedDocuments, 1)
        XCTAssertEqual(summary.skipped.count, 1, "\(summary.skipped)")
        XCTAssertEqual(index.generation.version, version + 1, "one poll, one generation")
        XCTAssertEqual(try sync.verify(), [])
        let stored = try XCTUnwrap(index.generation.document(id: "a"))
        XCTAssertEqual(try JSONParser.parse(stored)["price_cents"], 1799)
        XCTAssertNil(index.generation.document(id: "b"))

        index.deleteDocuments(ids: ["c"])
        XCTAssertEqual(try sync.verify().map(\.description), ["missing items c"])
    }
}
