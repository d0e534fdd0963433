/// An error the engine reports to its caller, in Meilisearch's vocabulary.
///
/// `code` is Meilisearch's snake_case error code (`invalid_search_q`, `invalid_document_id`, …); the server
/// maps it to an HTTP status and error type. `message` is written for the person who sent the request and
/// names the offending parameter, document or position.
public struct EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
