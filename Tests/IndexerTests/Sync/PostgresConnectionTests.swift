import Foundation
import Indexer
import TestDatabase
import XCTest

/// The libpq client against a real server: both connection-string forms, typed values and NULL,
/// errors with SQLSTATE, the statement timeout, streamed reads, and reconnecting after the server
/// drops the connection.
final class PostgresConnectionTests: XCTestCase {
    func testRunsParameterisedStatementsAndReadsTypedValues() throws {
        let connection = try PostgresConnection(try SyncTestDatabase.serverURL())
        let result = try connection.query("SELECT $1::text, $2::bigint + 1, NULL::text, $3::bool, 'héllo'", ["a'; DROP TABLE x; --", "41", "true"])
        XCTAssertEqual(result.rowCount, 1)
        XCTAssertEqual(result.columnCount, 5)
        let row = result[0]
        XCTAssertEqual(row.string(0), "a'; DROP TABLE x; --")
        XCTAssertEqual(try row.int64(1), 42)
        XCTAssertTrue(row.isNull(2))
        XCTAssertNil(row.string(2))
        XCTAssertEqual(try row.bool(3), true)
        XCTAssertEqual(row.bytes(4), Array("héllo".utf8))
        XCTAssertThrowsError(try row.int64(0)) { error in
            guard case PostgresError.unexpectedType(column: 0, _, _) = error else { return XCTFail("\(error)") }
        }
    }

    func testAcceptsKeyValueConnectionStrings() throws {
        let url = try SyncTestDatabase.serverURL()
        guard let components = URLComponents(string: url), let host = components.host, let port = components.port else {
            return XCTFail("unexpected test URL \(url)")
        }
        let user = components.user ?? "postgres"
        let connection = try PostgresConnection("host=\(host) port=\(port) user=\(user) dbname=postgres sslmode=disable")
        XCTAssertEqual(try connection.query("SELECT current_user")[0].string(0), user)
    }

    func testReportsSQLStateAndTimeout() throws {
        let connection = try PostgresConnection(try SyncTestDatabase.serverURL(), statementTimeoutMilliseconds: 200)
        XCTAssertThrowsError(try connection.query("SELECT * FROM no_such_table")) { error in
            guard case PostgresError.queryFailed(sqlState: "42P01", let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("no_such_table"), message)
            XCTAssertFalse((error as? PostgresError)?.isConnectionProblem ?? true)
        }
        XCTAssertThrowsError(try connection.query("SELECT pg_sleep(2)")) { error in
            guard case PostgresError.timeout = error else { return XCTFail("expected a timeout, got \(error)") }
        }
        XCTAssertEqual(try connection.query("SELECT 1")[0].string(0), "1", "the connection stays usable after errors")
    }

    func testConnectionFailureIsTyped() {
        XCTAssertThrowsError(try PostgresConnection("postgresql://nobody@127.0.0.1:1/none", connectTimeoutSeconds: 2)) { error in
            guard case PostgresError.connectionFailed = error else { return XCTFail("\(error)") }
            XCTAssertTrue((error as? PostgresError)?.isConnectionProblem ?? false)
        }
    }

    func testStreamsRowsOneAtATimeAndSurvivesAnAbortedStream() throws {
        let connection = try PostgresConnection(try SyncTestDatabase.serverURL())
        var sum: Int64 = 0, count = 0
        try connection.stream("SELECT g FROM generate_series(1, $1::int) g", ["50000"]) { row in
            sum += try row.int64(0) ?? 0
            count += 1
        }
        XCTAssertEqual(count, 50_000)
        XCTAssertEqual(sum, 50_000 * 50_001 / 2)

        struct Stop: Error {}
        var seen = 0
        XCTAssertThrowsError(try connection.stream("SELECT g FROM generate_series(1, 10000) g") { _ in
            seen += 1
            if seen == 10 { throw Stop() }
        }) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(seen, 10)
        XCTAssertEqual(try connection.query("SELECT 2")[0].string(0), "2", "the rest of the stream was drained")
        XCTAssertThrowsError(try connection.stream("SELECT 1/0") { _ in }) { error in
            guard case PostgresError.queryFailed(sqlState: "22012", _) = error else { return XCTFail("\(error)") }
        }
    }

    func testTransactionsRollBackOnError() throws {
        let database = try SyncTestDatabase()
        let connection = try database.connect()
        try connection.query("CREATE TABLE t (id int)")
        struct Boom: Error {}
        XCTAssertThrowsError(try connection.transaction {
            try connection.query("INSERT INTO t VALUES ($1::int)", ["1"])
            throw Boom()
        })
        _ = try connection.transaction { try connection.query("INSERT INTO t VALUES ($1::int)", ["2"]) }
        XCTAssertEqual(try connection.query("SELECT string_agg(id::text, ',') FROM t")[0].string(0), "2")
    }

    func testReconnectsWithBackoffAfterTheBackendIsTerminated() throws {
        let url = try SyncTestDatabase.serverURL()
        let reconnecting = ReconnectingPostgres(url, backoff: ReconnectBackoff(initialMilliseconds: 10, maximumMilliseconds: 50, maxAttempts: 5))
        let first = try XCTUnwrap(try reconnecting.run { try $0.query("SELECT pg_backend_pid()")[0].int64(0) })
        let admin = try PostgresConnection(url)
        try admin.query("SELECT pg_terminate_backend($1::int)", [String(first)])
        let second = try XCTUnwrap(try reconnecting.run { try $0.query("SELECT pg_backend_pid()")[0].int64(0) })
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(reconnecting.connectCount, 2)

        let backoff = ReconnectBackoff(initialMilliseconds: 100, maximumMilliseconds: 1_000, maxAttempts: 10)
        XCTAssertEqual((0..<7).map(backoff.delayMilliseconds(beforeAttempt:)), [0, 100, 200, 400, 800, 1_000, 1_000])
    }

    func testGivesUpAfterMaxAttemptsWhenTheServerIsGone() {
        let reconnecting = ReconnectingPostgres("postgresql://nobody@127.0.0.1:1/none",
                                                backoff: ReconnectBackoff(initialMilliseconds: 1, maximumMilliseconds: 2, maxAttempts: 3))
        XCTAssertThrowsError(try reconnecting.run { try $0.query("SELECT 1") }) { error in
            guard case PostgresError.connectionFailed = error else { return XCTFail("\(error)") }
        }
    }
}
