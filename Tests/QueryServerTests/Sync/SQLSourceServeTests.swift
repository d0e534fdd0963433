import Foundation
@testable import QueryServer
import TestDatabase
import XCTest

/// An index defined in the configuration file by a SQL query (`sql_sources`) and fed by `loupe serve`
/// from a database that is not a Medusa store: inserts, updates and deletes reach search over HTTP.
final class SQLSourceServeTests: XCTestCase {
    func testASQLSourceFromTheConfigFileFeedsItsIndex() async throws {
        let database = try SyncTestDatabase()
        try database.runScript("""
            CREATE TABLE article (id bigint PRIMARY KEY, title text NOT NULL, body text, published boolean NOT NULL);
            INSERT INTO article VALUES (1, 'Welding basics', 'Torch and rod', true), (2, 'Draft', 'not yet', false),
                                       (3, 'Sanding guide', 'Grit by grit', true);
            """)
        let config = try Self.writeConfig("""
            medusa_sync: false
            sql_sources:
              - index: articles
                primary_key: id
                query: SELECT id, title, body FROM article WHERE published
            """)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let server = try LoupeProcess(serve: ["--in-memory", "--config", config, "--database-url", database.url, "--poll-interval", "0.2"])
        defer { server.stop() }

        try await waitForHits(server, query: "welding", ids: ["1"])
        let draft = try await server.call("GET", "/indexes/articles/documents/2")
        XCTAssertEqual(draft.status, 404, "rows the query filters out are not indexed")

        try database.runScript("""
            UPDATE article SET title = 'Welding for beginners' WHERE id = 1;
            UPDATE article SET published = true WHERE id = 2;
            DELETE FROM article WHERE id = 3;
            """)
        try await waitForHits(server, query: "beginners", ids: ["1"])
        try await waitForHits(server, query: "sanding", ids: [])
        let published = try await server.call("GET", "/indexes/articles/documents/2")
        XCTAssertEqual(published.status, 200, "\(published.json)")
        let sync = try await server.call("GET", "/sync")
        XCTAssertEqual(sync.json["code"], "sync_not_configured", "medusa_sync: false runs no Medusa feed: \(sync.json)")
    }

    func testBadSQLSourcesAreRefusedWithTheirLine() throws {
        for (yaml, message) in [
            ("sql_sources:\n  - index: articles\n    primary_key: id\n", "`query` is required"),
            ("sql_sources:\n  - index: 'bad uid!'\n    primary_key: id\n    query: SELECT 1\n", "valid index uid"),
            ("sql_sources:\n  - index: a\n    primary_key: id\n    query: SELECT 1\n    where: x\n", "takes only"),
            ("sql_sources: articles\n", "must be a list"),
        ] {
            let path = try Self.writeConfig(yaml)
            defer { try? FileManager.default.removeItem(atPath: path) }
            XCTAssertThrowsError(try ConfigurationLoader.load(file: path, environment: [:], flags: [:])) { error in
                XCTAssertTrue("\(error)".contains(message), "\(error)")
                XCTAssertTrue("\(error)".contains("line"), "\(error)")
            }
        }
        XCTAssertThrowsError(try ConfigurationLoader.load(file: nil, environment: ["LOUPE_MEDUSA_SYNC": "maybe"], flags: [:]))
    }

    private static func writeConfig(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "loupe-sql-sources-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func waitForHits(_ server: LoupeProcess, query: String, ids: [String], file: StaticString = #filePath, line: UInt = #line) async throws {
        let deadline = Date().addingTimeInterval(60)
        var found: [String] = []
        while Date() < deadline {
            let search = try await server.call("POST", "/indexes/articles/search", json: ["q": .string(query)])
            found = (search.json["hits"]?.arrayValue ?? []).compactMap { hit in
                hit["id"]?.stringValue ?? hit["id"]?.numberValue.map { "\($0.int64Value ?? -1)" }
            }
            if search.status == 200, found == ids { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTFail("search `\(query)` found \(found), expected \(ids)\n\(server.logText)", file: file, line: line)
    }
}
