import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: gives each request an id (the client's `X-Request-Id` when it is short
/// and printable, otherwise Hummingbird's), echoes it in the response, renders thrown errors as
/// Meilisearch error bodies, refuses request targets longer than the configured limit (414), records
/// the latency histogram, and writes one structured log line per request.
struct RequestObservationMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: ServerState

    static var requestIDHeader: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let requestID = Self.clientRequestID(request) ?? context.id
        var context = context
        context.logger[metadataKey: "request_id"] = .string(requestID)
        var response: Response
        do {
            guard request.uri.description.utf8.count <= state.configuration.maxURILength else {
                throw APIError(code: "uri_too_long", message: "The request target is longer than \(state.configuration.maxURILength) bytes.")
            }
            response = try await next(request, context)
        } catch {
            let apiError = ErrorRendering.apiError(for: error, request: request)
            if apiError.type == .internal { context.logger.error("request failed", metadata: ["error": "\(error)"]) }
            response = try apiError.response(from: request, context: context)
        }
        response.headers[Self.requestIDHeader] = requestID
        let elapsed = ContinuousClock.now - start
        let route = context.endpointPath ?? "unmatched"
        state.metrics.recordRequest(route: route, method: request.method.rawValue, status: response.status.code, duration: elapsed)
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.uri.path), "route": .string(route),
            "status": .stringConvertible(response.status.code),
            "duration_ms": .string(String(format: elapsed)),
        ])
        return response
    }

    private static func clientRequestID(_ request: Request) -> String? {
        guard let given = request.headers[requestIDHeader], !given.isEmpty, given.utf8.count <= 128,
              given.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return given
    }
}

private extension String {
    /// Milliseconds with three decimals.
    init(format duration: Duration) {
        let micros = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let fraction = String(micros % 1000)
        self = "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
