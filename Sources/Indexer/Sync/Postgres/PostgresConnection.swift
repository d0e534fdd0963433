#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibPQ

/// One libpq connection (`PGconn`), freed when released. Not thread-safe: one owner at a time.
///
/// Opened from a connection string in either libpq form — a URI (`postgresql://user@host:5432/db?sslmode=require`)
/// or `key=value` pairs — so `sslmode`, `passfile`, `PG*` environment variables and the rest are libpq's
/// business. Every statement goes through `PQexecParams` with text parameters and text results; there
/// is no API that runs a string built from data. `statement_timeout` is set on connect.
public final class PostgresConnection {
    private let handle: OpaquePointer

    /// Connects, failing with `.connectionFailed` (libpq's message) when the server cannot be reached.
    /// `statementTimeoutMilliseconds` bounds every statement; `connectTimeoutSeconds` applies unless
    /// the connection string sets its own `connect_timeout`.
    public init(_ connectionString: String, statementTimeoutMilliseconds: Int = 60_000, connectTimeoutSeconds: Int = 10) throws(PostgresError) {
        // Later keywords override earlier ones; `dbname` is expanded as a full connection string.
        // libpq reads both arrays up to a NULL entry.
        let keywords: [String?] = ["connect_timeout", "fallback_application_name", "dbname", "client_encoding", nil]
        let values: [String?] = [String(connectTimeoutSeconds), "loupe", connectionString, "UTF8", nil]
        let connection = withCStrings(keywords) { keys in
            withCStrings(values) { vals in PQconnectdbParams(keys, vals, 1) }
        }
        guard let connection else { throw .connectionFailed("libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(connection)
            PQfinish(connection)
            throw .connectionFailed(message)
        }
        handle = connection
        _ = try query("SELECT set_config('statement_timeout', $1, false)", [String(statementTimeoutMilliseconds)])
    }

    deinit { PQfinish(handle) }

    /// Whether libpq still considers the connection usable.
    public var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The server's process id for this connection (what `pg_terminate_backend` takes).
    public var backendPID: Int32 { PQbackendPID(handle) }

    /// Runs one parameterised statement and returns all its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresResult {
        let result = withParameters(parameters) { count, values in
            PQexecParams(handle, sql, count, nil, values, nil, nil, 0)
        }
        return try check(result)
    }

    /// Runs one parameterised statement and hands its rows to `body` one at a time (libpq single-row
    /// mode), so a large read never sits in memory as a whole. If `body` throws, the rest of the result is
    /// drained and the error rethrown; the connection stays usable.
    public func stream(_ sql: String, _ parameters: [String?] = [], row body: (PostgresRow) throws -> Void) throws {
        let sent = withParameters(parameters) { count, values in
            PQsendQueryParams(handle, sql, count, nil, values, nil, nil, 0)
        }
        guard sent == 1 else { throw lostOrFailed() }
        guard PQsetSingleRowMode(handle) == 1 else {
            drain()
            throw PostgresError.queryFailed(sqlState: "", message: "could not enter single-row mode")
        }
        var failure: Error?
        while let next = PQgetResult(handle) {
            let status = PQresultStatus(next)
            if failure != nil {
                PQclear(next)
                continue
            }
            switch status {
            case PGRES_SINGLE_TUPLE:
                let result = PostgresResult(owning: next)
                do { try body(result[0]) } catch { failure = error }
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                PQclear(next)
            default:
                do { _ = try check(next) } catch { failure = error }
            }
        }
        if let failure { throw failure }
    }

    /// Runs `body` inside `BEGIN … COMMIT` (rolled back if it throws). `repeatableRead` gives every
    /// statement in it the same snapshot; `readOnly` refuses writes.
    public func transaction<T>(repeatableRead: Bool = false, readOnly: Bool = false, _ body: () throws -> T) throws -> T {
        let isolation = repeatableRead ? " ISOLATION LEVEL REPEATABLE READ" : ""
        try query("BEGIN" + isolation + (readOnly ? " READ ONLY" : ""))
        do {
            let value = try body()
            try query("COMMIT")
            return value
        } catch {
            if isHealthy { _ = try? query("ROLLBACK") }
            throw error
        }
    }

    // MARK: - libpq plumbing

    private func check(_ result: OpaquePointer?) throws(PostgresError) -> PostgresResult {
        guard let result else { throw lostOrFailed() }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_SINGLE_TUPLE, PGRES_EMPTY_QUERY:
            return PostgresResult(owning: result)
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = PQresultErrorMessage(result).map { String(cString: $0) } ?? ""
            PQclear(result)
            let text = message.trimmingSuffixNewlines()
            if state == "57014" { throw .timeout(text) }
            if state.isEmpty || !isHealthy { throw .connectionLost(text.isEmpty ? Self.message(handle) : text) }
            throw .queryFailed(sqlState: state, message: text)
        }
    }

    private func lostOrFailed() -> PostgresError {
        let message = Self.message(handle)
        return isHealthy ? .queryFailed(sqlState: "", message: message) : .connectionLost(message)
    }

    private func drain() {
        while let next = PQgetResult(handle) { PQclear(next) }
    }

    private static func message(_ connection: OpaquePointer) -> String {
        PQerrorMessage(connection).map { String(cString: $0) }?.trimmingSuffixNewlines() ?? "unknown libpq error"
    }
}

private extension String {
    func trimmingSuffixNewlines() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == " " { text = text.dropLast() }
        return String(text)
    }
}

/// Calls `body` with a C array of C strings that lives for the duration of the call.
private func withCStrings<T>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { body($0) }
    }
}

private func withParameters<T>(_ parameters: [String?], _ body: (Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> T) -> T {
    if parameters.isEmpty { return body(0, nil) }
    return withCStrings(parameters) { body(Int32(parameters.count), $0) }
}
