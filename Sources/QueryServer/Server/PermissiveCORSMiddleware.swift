import Hummingbird

/// Meilisearch's CORS policy: any origin (`*`), any method, any header, preflight cached for a day.
///
/// A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) is answered 204 here,
/// before authentication, echoing the requested method and headers. Every other response gets
/// `Access-Control-Allow-Origin: *` and exposes the request-id header.
struct PermissiveCORSMiddleware<Context: RequestContext>: RouterMiddleware {
    static var maxAgeSeconds: String { "86400" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var headers: HTTPFields = [
                .accessControlAllowOrigin: "*",
                .accessControlAllowMethods: request.headers[.accessControlRequestMethod] ?? "GET, POST, PUT, PATCH, DELETE, OPTIONS",
                .accessControlAllowHeaders: request.headers[.accessControlRequestHeaders] ?? "*",
                .accessControlMaxAge: Self.maxAgeSeconds,
            ]
            headers[.vary] = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        response.headers[.accessControlAllowOrigin] = "*"
        response.headers[.accessControlExposeHeaders] = "X-Request-Id, Retry-After"
        return response
    }
}
