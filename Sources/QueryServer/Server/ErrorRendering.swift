import Hummingbird
import Indexer
import NIOCore

/// Turns any error a route throws into Meilisearch's error response, so every failure — including
/// unknown routes and framework errors — has the `{message, code, type, link}` body.
enum ErrorRendering {
    static func apiError(for error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as EngineError:
            return APIError(error)
        case is NIOTooManyBytesError:
            return APIError(code: "payload_too_large", message: "The provided payload reached the size limit.")
        case let error as HTTPError where error.status == .notFound:
            return APIError(code: "route_not_found", message: "No route matches `\(request.method) \(request.uri.path)`.")
        case let error as HTTPError where error.status == .methodNotAllowed:
            return APIError(code: "method_not_allowed", message: "`\(request.method)` is not allowed on `\(request.uri.path)`.")
        case let error as HTTPError:
            return APIError(code: error.status.code < 500 ? "bad_request" : "internal", message: error.body ?? error.status.reasonPhrase, status: error.status)
        default:
            return APIError(code: "internal", message: "An internal error occurred: \(error)")
        }
    }
}
