#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exponential backoff between reconnect attempts: `initial`, doubled each time, capped at `maximum`.
public struct ReconnectBackoff: Sendable {
    public var initialMilliseconds: Int
    public var maximumMilliseconds: Int
    /// How many connection attempts one operation makes before giving up.
    public var maxAttempts: Int

    public init(initialMilliseconds: Int = 100, maximumMilliseconds: Int = 10_000, maxAttempts: Int = 8) {
        self.initialMilliseconds = initialMilliseconds
        self.maximumMilliseconds = maximumMilliseconds
        self.maxAttempts = maxAttempts
    }

    /// The wait before attempt `attempt` (0-based; attempt 0 does not wait).
    public func delayMilliseconds(beforeAttempt attempt: Int) -> Int {
        guard attempt > 0 else { return 0 }
        let shift = min(attempt - 1, 30)
        return min(maximumMilliseconds, initialMilliseconds << shift)
    }
}

/// A connection that is re-opened when it breaks: `run` retries its body on a fresh connection after a
/// connection-level failure (server restart, terminated backend), waiting per `ReconnectBackoff`.
/// Statement errors (bad SQL, timeouts, bad data) are not retried.
public final class ReconnectingPostgres {
    public let connectionString: String
    public let backoff: ReconnectBackoff
    public let statementTimeoutMilliseconds: Int
    private var connection: PostgresConnection?
    /// Connections opened so far (1 after the first successful `run`); tests and health reports read it.
    public private(set) var connectCount = 0

    public init(_ connectionString: String, statementTimeoutMilliseconds: Int = 60_000, backoff: ReconnectBackoff = ReconnectBackoff()) {
        self.connectionString = connectionString
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.backoff = backoff
    }

    /// Runs `body` on a healthy connection, reconnecting and re-running it after connection failures.
    /// `body` must be safe to repeat (a read, or a transaction that rolled back).
    public func run<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        var attempt = 0
        while true {
            let wait = backoff.delayMilliseconds(beforeAttempt: attempt)
            if wait > 0 { usleep(useconds_t(wait) * 1000) }
            attempt += 1
            do {
                return try body(try connected())
            } catch let error as PostgresError where error.isConnectionProblem {
                connection = nil
                if attempt >= backoff.maxAttempts { throw error }
            }
        }
    }

    /// Closes the connection; the next `run` opens a new one.
    public func disconnect() { connection = nil }

    private func connected() throws(PostgresError) -> PostgresConnection {
        if let connection, connection.isHealthy { return connection }
        connection = nil
        let fresh = try PostgresConnection(connectionString, statementTimeoutMilliseconds: statementTimeoutMilliseconds)
        connection = fresh
        connectCount += 1
        return fresh
    }
}
