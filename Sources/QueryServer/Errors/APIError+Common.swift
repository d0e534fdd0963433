/// The errors routes raise themselves, with Meilisearch's messages.
extension APIError {
    static func indexNotFound(_ uid: String) -> APIError {
        APIError(code: "index_not_found", message: "Index `\(uid)` not found.")
    }

    static func badRequest(_ message: String) -> APIError {
        APIError(code: "bad_request", message: message)
    }

    static let missingPayload = APIError(code: "missing_payload", message: "A json payload is missing.")

    static func payloadTooLarge(limit: Int) -> APIError {
        APIError(code: "payload_too_large", message: "The provided payload reached the size limit. The maximum accepted payload size is \(ByteCount.describe(limit)).")
    }

    static func malformedPayload(_ detail: String, format: String = "json") -> APIError {
        APIError(code: "malformed_payload", message: "The `\(format)` payload provided is malformed. `\(detail)`.")
    }

    static func missingContentType(accepted: [String]) -> APIError {
        APIError(code: "missing_content_type", message: "A Content-Type header is missing. Accepted values for the Content-Type header are: \(accepted.map { "`\($0)`" }.joined(separator: ", "))")
    }

    static func invalidContentType(_ given: String, accepted: [String]) -> APIError {
        APIError(code: "invalid_content_type", message: "The Content-Type `\(given)` is invalid. Accepted values for the Content-Type header are: \(accepted.map { "`\($0)`" }.joined(separator: ", "))")
    }

    static let missingAuthorizationHeader = APIError(code: "missing_authorization_header", message: "The Authorization header is missing. It must use the bearer authorization method.")
    static let invalidAPIKey = APIError(code: "invalid_api_key", message: "The provided API key is invalid.")
    static let missingMasterKey = APIError(code: "missing_master_key", message: "Meilisearch is running without a master key. To access this API endpoint, you must have set a master key at launch.")

    static func taskNotFound(_ uid: String) -> APIError {
        APIError(code: "task_not_found", message: "Task `\(uid)` not found.")
    }

    static func documentNotFound(_ id: String) -> APIError {
        APIError(code: "document_not_found", message: "Document `\(id)` not found.")
    }

    static func apiKeyNotFound(_ key: String) -> APIError {
        APIError(code: "api_key_not_found", message: "API key `\(key)` not found.")
    }

    static func unknownField(_ key: String, at path: String = "", expected: [String]) -> APIError {
        .badRequest("Unknown field `\(key)`\(path.isEmpty ? "" : " inside `\(path)`"): expected one of \(expected.map { "`\($0)`" }.joined(separator: ", "))")
    }
}

/// Human-readable byte sizes for limits in error messages ("100 MiB").
enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) B"
    }
}
