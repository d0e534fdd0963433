import HTTPTypes
import Hummingbird
import Indexer
import LoupeJSON

/// An error answered to an HTTP client in Meilisearch's shape:
/// `{"message", "code", "type", "link": "https://docs.meilisearch.com/errors#<code>"}`.
///
/// The status and type come from `ErrorCatalog` unless given; `EngineError`s convert with the same code and
/// message. The same object is stored in a failed task's `error` field (there the status is not used).
public struct APIError: Error, Sendable, Equatable, HTTPResponseError, CustomStringConvertible {
    public let code: String
    public let message: String
    public let status: HTTPResponse.Status
    public let type: ErrorType

    public init(code: String, message: String, status: HTTPResponse.Status? = nil) {
        let known = ErrorCatalog.classify(code)
        self.code = code
        self.message = message
        self.status = status ?? known.status
        self.type = known.type
    }

    public init(_ error: EngineError) {
        self.init(code: error.code, message: error.message)
    }

    public var link: String { "https://docs.meilisearch.com/errors#\(code)" }
    public var description: String { "\(code): \(message)" }

    /// This error with `prefix` before its message (multi-search writes ``Inside `.queries[i]`: ``).
    func prefixed(_ prefix: String, status: HTTPResponse.Status? = nil) -> APIError {
        APIError(code: code, message: prefix + message, status: status ?? self.status)
    }

    /// This error with `suffix` after its message (a federated search's notes).
    func suffixed(_ suffix: String) -> APIError {
        APIError(code: code, message: message + suffix, status: status)
    }

    public func write(to writer: inout JSONWriter) {
        writer.writeRaw("{\"message\":")
        writer.writeString(message)
        writer.writeRaw(",\"code\":")
        writer.writeString(code)
        writer.writeRaw(",\"type\":")
        writer.writeString(type.rawValue)
        writer.writeRaw(",\"link\":")
        writer.writeString(link)
        writer.writeRaw("}")
    }

    public var json: JSONValue {
        ["message": .string(message), "code": .string(code), "type": .string(type.rawValue), "link": .string(link)]
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var writer = JSONWriter(capacity: 256)
        write(to: &writer)
        var response = Response.json(writer, status: status)
        if code == "too_many_search_requests" { response.headers[.retryAfter] = "10" }
        return response
    }
}
