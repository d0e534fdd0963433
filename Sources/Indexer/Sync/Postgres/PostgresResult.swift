import CLibPQ

/// A completed result set in text format; frees its `PGresult` when released.
public final class PostgresResult {
    private let handle: OpaquePointer

    init(owning handle: OpaquePointer) { self.handle = handle }

    deinit { PQclear(handle) }

    public var rowCount: Int { Int(PQntuples(handle)) }
    public var columnCount: Int { Int(PQnfields(handle)) }

    /// The rows, each readable by column index.
    public var rows: [PostgresRow] { (0..<rowCount).map { PostgresRow(result: self, row: Int32($0)) } }

    public subscript(row: Int) -> PostgresRow { PostgresRow(result: self, row: Int32(row)) }

    func isNull(_ row: Int32, _ column: Int) -> Bool {
        column < columnCount && PQgetisnull(handle, row, Int32(column)) != 0
    }

    func bytes(_ row: Int32, _ column: Int) -> UnsafeRawBufferPointer? {
        guard column < columnCount, PQgetisnull(handle, row, Int32(column)) == 0,
              let value = PQgetvalue(handle, row, Int32(column)) else { return nil }
        return UnsafeRawBufferPointer(start: value, count: Int(PQgetlength(handle, row, Int32(column))))
    }
}

/// One row of a `PostgresResult`; values are the server's text format, `nil` for SQL NULL.
public struct PostgresRow {
    let result: PostgresResult
    let row: Int32

    public func isNull(_ column: Int) -> Bool { result.isNull(row, column) }

    /// The value's UTF-8 bytes, or nil for NULL.
    public func bytes(_ column: Int) -> [UInt8]? { result.bytes(row, column).map { Array($0) } }

    /// Calls `body` with the value's bytes without copying them; nil for NULL.
    public func withBytes<T>(_ column: Int, _ body: (UnsafeRawBufferPointer?) throws -> T) rethrows -> T {
        try body(result.bytes(row, column))
    }

    public func string(_ column: Int) -> String? {
        result.bytes(row, column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The value as a 64-bit integer; NULL gives nil, anything else not an integer throws.
    public func int64(_ column: Int) throws(PostgresError) -> Int64? {
        guard let text = string(column) else { return nil }
        guard let value = Int64(text) else { throw .unexpectedType(column: column, expected: "a 64-bit integer", text: text) }
        return value
    }

    /// The value as a boolean (`t`/`f`); NULL gives nil.
    public func bool(_ column: Int) throws(PostgresError) -> Bool? {
        guard let text = string(column) else { return nil }
        switch text {
        case "t": return true
        case "f": return false
        default: throw .unexpectedType(column: column, expected: "a boolean", text: text)
        }
    }
}
