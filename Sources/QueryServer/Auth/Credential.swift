import HTTPTypes
import LoupeJSON

/// Who sent a request, as established from its `Authorization` header.
enum Credential: Sendable {
    /// The server has no master key: everything but `/keys` is open.
    case open
    case master
    case apiKey(APIKey)
    case tenantToken(TenantToken)

    /// Reads `Authorization: Bearer <secret>`: 401 `missing_authorization_header` without it (when a
    /// master key is set), 403 `invalid_api_key` for an unknown or expired key. Tenant tokens are only
    /// recognised when `tenantTokens` is true (search routes).
    static func authenticate(_ headers: HTTPFields, keys: KeyStore, tenantTokens: Bool, now: Timestamp = .now()) throws(APIError) -> Credential {
        guard keys.masterKey != nil else { return .open }
        guard let header = headers[.authorization] else { throw .missingAuthorizationHeader }
        let scheme = header.prefix(7)
        guard scheme.lowercased() == "bearer " else { throw .missingAuthorizationHeader }
        let secret = String(header.dropFirst(7)).trimmingSpaces
        if keys.isMasterKey(secret) { return .master }
        if let key = keys.key(forSecret: secret) {
            guard !key.isExpired(at: now) else { throw .invalidAPIKey }
            return .apiKey(key)
        }
        if tenantTokens, TenantToken.looksLikeToken(secret) {
            return .tenantToken(try TenantToken(secret, keys: keys, now: now))
        }
        throw .invalidAPIKey
    }

    /// Checks that this credential may perform `action` on `index` (nil: not index-specific); returns
    /// the filter a tenant token imposes on that index, if any.
    @discardableResult
    func authorize(_ action: APIAction, index: String?) throws(APIError) -> JSONValue? {
        switch self {
        case .open, .master:
            return nil
        case .apiKey(let key):
            guard key.allows(action, on: index) else { throw .invalidAPIKey }
            return nil
        case .tenantToken(let token):
            guard action == .search else { throw .invalidAPIKey }
            guard let index else { return nil }
            let access = token.access(to: index)
            guard access.allowed else { throw .invalidAPIKey }
            return access.filter
        }
    }

    /// Whether listings (`GET /indexes`, `GET /stats`) should show `index`.
    func canSee(_ index: String) -> Bool {
        switch self {
        case .open, .master: true
        case .apiKey(let key): IndexPattern.anyMatches(key.indexes, index)
        case .tenantToken(let token): token.access(to: index).allowed
        }
    }

    /// Whether the caller may manage keys: the master key, or a key holding `action` on `keys`.
    func authorizeKeys(_ action: APIAction) throws(APIError) {
        switch self {
        case .open: throw .missingMasterKey
        case .master: return
        case .apiKey(let key): guard key.allows(action, on: nil) else { throw .invalidAPIKey }
        case .tenantToken: throw .invalidAPIKey
        }
    }
}

/// The user's filter AND-ed with a tenant token's: array forms are concatenated (the outer array of
/// Meilisearch's filter array is a conjunction), strings become elements.
enum FilterConjunction {
    static func combine(rule: JSONValue?, user: JSONValue?) -> JSONValue? {
        guard let rule else { return user }
        guard let user, !user.isNull else { return rule }
        func parts(_ value: JSONValue) -> [JSONValue] {
            if case .array(let items) = value { return items }
            return [value]
        }
        return .array(parts(rule) + parts(user))
    }
}
