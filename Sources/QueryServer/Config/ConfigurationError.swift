/// A configuration value that cannot be used, naming where it came from (file and line, environment
/// variable or flag) and what was expected.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let source: String
    public let message: String

    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
