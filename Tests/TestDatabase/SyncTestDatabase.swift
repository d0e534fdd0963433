import Foundation
import Indexer
import XCTest

/// A throwaway database for one test: created with a random name on the server named by
/// `LOUPE_TEST_DATABASE_URL`, loaded with the Medusa fixture and seed from ../shared/reference, dropped
/// at the end. Without the variable the test is skipped — or fails when `CI=true`. Its state is set once
/// at creation (hence `@unchecked Sendable`).
public final class SyncTestDatabase: @unchecked Sendable {
    public let url: String
    public let name: String
    private let adminURL: String

    /// The server URL, or nil after failing/skipping the test.
    public static func serverURL(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        if let url = ProcessInfo.processInfo.environment["LOUPE_TEST_DATABASE_URL"], !url.isEmpty { return url }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("LOUPE_TEST_DATABASE_URL is not set: CI runs must start PostgreSQL (scripts/test does)", file: file, line: line)
        }
        throw XCTSkip("LOUPE_TEST_DATABASE_URL is not set; run through scripts/test to start PostgreSQL")
    }

    /// Creates an empty database (on `serverURL`, else the suite's server); `load` fills it.
    public init(serverURL: String? = nil) throws {
        adminURL = try serverURL ?? Self.serverURL()
        name = "loupe_sync_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        guard var components = URLComponents(string: adminURL) else { throw PostgresError.connectionFailed("bad test URL") }
        components.path = "/" + name
        guard let url = components.string else { throw PostgresError.connectionFailed("bad test URL") }
        self.url = url
        let admin = try PostgresConnection(adminURL)
        // Identifiers cannot be bound as parameters: the server quotes the generated name, then it runs.
        let statement = try admin.query("SELECT format('CREATE DATABASE %I', $1::text)", [name])[0].string(0) ?? ""
        try admin.query(statement)
    }

    deinit {
        guard let admin = try? PostgresConnection(adminURL),
              let statement = try? admin.query("SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text)", [name])[0].string(0)
        else { return }
        _ = try? admin.query(statement)
    }

    /// Loads the fixture DDL (`legacyOptions` picks the v2.1–2.16 option layout) and the seed with psql.
    public func loadFixture(legacyOptions: Bool = false) throws {
        let reference = Self.referenceFolder()
        let fixture = reference.appendingPathComponent("medusa-v2-fixture.sql").path
        let seed = reference.appendingPathComponent("medusa-v2-seed.sql").path
        guard FileManager.default.fileExists(atPath: fixture), FileManager.default.fileExists(atPath: seed) else {
            XCTFail("The Medusa fixture is missing: expected \(fixture) and \(seed) (../shared/reference beside the repository)")
            throw PostgresError.connectionFailed("fixture missing")
        }
        var arguments = [url, "-q", "-X", "-v", "ON_ERROR_STOP=1"]
        if legacyOptions { arguments += ["-v", "legacy_options=1"] }
        try runPSQL(arguments + ["-f", fixture, "-f", seed])
    }

    /// Runs SQL text through psql (for multi-statement setup such as generated catalogues).
    public func runScript(_ sql: String) throws {
        try runPSQL([url, "-q", "-X", "-v", "ON_ERROR_STOP=1", "-c", sql])
    }

    public func connect() throws -> PostgresConnection { try PostgresConnection(url) }

    private func runPSQL(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PostgresError.queryFailed(sqlState: "psql", message: String(decoding: message, as: UTF8.self))
        }
    }

    /// ../shared/reference next to the repository this file belongs to.
    public static func referenceFolder() -> URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // TestDatabase, Tests, repository
        return url.deletingLastPathComponent().appendingPathComponent("shared/reference")
    }
}
