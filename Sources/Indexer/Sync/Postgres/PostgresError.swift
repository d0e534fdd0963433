/// What can go wrong talking to PostgreSQL, typed so callers can tell a dead connection (retry with
/// backoff) from a bad statement (a bug or bad data: do not retry).
public enum PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server could not be reached or refused the connection (libpq's message).
    case connectionFailed(String)
    /// The connection dropped while a statement was running (server restart, terminated backend).
    case connectionLost(String)
    /// The server rejected the statement: SQLSTATE and message.
    case queryFailed(sqlState: String, message: String)
    /// `statement_timeout` cancelled the statement (SQLSTATE 57014).
    case timeout(String)
    /// A column held a value that does not convert to the requested type.
    case unexpectedType(column: Int, expected: String, text: String)

    /// Whether reconnecting and retrying may succeed.
    public var isConnectionProblem: Bool {
        switch self {
        case .connectionFailed, .connectionLost: return true
        case .queryFailed(let state, _):
            // Class 08 (connection exception), 57P01..57P03 (admin shutdown, crash shutdown, cannot connect now).
            return state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03"
        case .timeout, .unexpectedType: return false
        }
    }

    public var description: String {
        switch self {
        case .connectionFailed(let message): return "cannot connect to PostgreSQL: \(message)"
        case .connectionLost(let message): return "lost the PostgreSQL connection: \(message)"
        case .queryFailed(let state, let message): return "PostgreSQL error \(state): \(message)"
        case .timeout(let message): return "PostgreSQL statement timed out: \(message)"
        case .unexpectedType(let column, let expected, let text):
            return "column \(column) holds '\(text.prefix(80))', expected \(expected)"
        }
    }
}
