/// Why a snapshot or log file could not be written or read back.
public struct SnapshotError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    static func truncated(_ what: String) -> SnapshotError { SnapshotError("truncated \(what)") }
}
