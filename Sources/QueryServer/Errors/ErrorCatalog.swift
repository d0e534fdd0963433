import HTTPTypes

/// The HTTP status and error type of each Meilisearch error code (§4.2 of the API notes).
///
/// Codes not listed explicitly fall in by family: `invalid_*`, `missing_*` and `immutable_*` codes are
/// 400 `invalid_request`; an unknown code is treated as an internal error (500), so a new engine code
/// never leaks as a client error by accident.
enum ErrorCatalog {
    static func classify(_ code: String) -> (status: HTTPResponse.Status, type: ErrorType) {
        if let known = exact[code] { return known }
        if code.hasPrefix("invalid_") || code.hasPrefix("missing_") || code.hasPrefix("immutable_") {
            return (.badRequest, .invalidRequest)
        }
        return (.internalServerError, .internal)
    }

    private static let exact: [String: (status: HTTPResponse.Status, type: ErrorType)] = [
        "index_not_found": (.notFound, .invalidRequest),
        "document_not_found": (.notFound, .invalidRequest),
        "task_not_found": (.notFound, .invalidRequest),
        "api_key_not_found": (.notFound, .invalidRequest),
        "route_not_found": (.notFound, .invalidRequest),
        "method_not_allowed": (.methodNotAllowed, .invalidRequest),
        "index_already_exists": (.conflict, .invalidRequest),
        "api_key_already_exists": (.conflict, .invalidRequest),
        "bad_request": (.badRequest, .invalidRequest),
        "malformed_payload": (.badRequest, .invalidRequest),
        "missing_payload": (.badRequest, .invalidRequest),
        "feature_not_enabled": (.badRequest, .invalidRequest),
        "facet_search_disabled": (.badRequest, .invalidRequest),
        "prices_not_loaded": (.badRequest, .invalidRequest),
        "sync_not_configured": (.badRequest, .invalidRequest),
        "reindex_already_running": (.conflict, .invalidRequest),
        "sync_unavailable": (.serviceUnavailable, .system),
        "index_primary_key_already_exists": (.badRequest, .invalidRequest),
        "index_primary_key_no_candidate_found": (.badRequest, .invalidRequest),
        "index_primary_key_multiple_candidates_found": (.badRequest, .invalidRequest),
        "missing_content_type": (.unsupportedMediaType, .invalidRequest),
        "invalid_content_type": (.unsupportedMediaType, .invalidRequest),
        "payload_too_large": (.contentTooLarge, .invalidRequest),
        "uri_too_long": (.uriTooLong, .invalidRequest),
        "missing_authorization_header": (.unauthorized, .auth),
        "missing_master_key": (.unauthorized, .auth),
        "invalid_api_key": (.forbidden, .auth),
        "too_many_search_requests": (.serviceUnavailable, .system),
        "io_error": (.unprocessableContent, .system),
        "no_space_left_on_device": (.unprocessableContent, .system),
        "too_many_open_files": (.unprocessableContent, .system),
        "internal": (.internalServerError, .internal),
    ]
}
