/// Meilisearch's error families (`type` in an error body): who is at fault and how to react.
public enum ErrorType: String, Sendable {
    case invalidRequest = "invalid_request"
    case auth
    case `internal`
    case system
}
