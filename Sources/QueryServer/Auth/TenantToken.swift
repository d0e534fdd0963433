import Crypto
import LoupeJSON
import Pricing

/// A tenant token: a JWT (HS256, HS384 or HS512) signed with an API key's secret, carrying
/// `apiKeyUid`, `searchRules`, an optional `exp` (seconds since 1970) and, a Loupe extension, an
/// optional `priceContext` (Medusa's pricing context) that fixes the prices its searches show.
///
/// `searchRules` is either a list of index uids/patterns or a map from uid/pattern/`*` to `null` or
/// `{"filter": …}`. The token only grants search; its filter is AND-ed with the user's filter.
/// Every failure (bad structure, signature, unknown or expired parent key, expired token) is
/// 403 `invalid_api_key`.
struct TenantToken: Sendable {
    let parent: APIKey
    let rules: SearchRules
    /// The price context the token imposes on priced search; a request cannot replace it.
    let priceContext: PricingContext?

    enum SearchRules: Sendable {
        case list([String])
        case map([(pattern: String, filter: JSONValue?)])
    }

    /// Whether `text` has the shape of a JWT (three dot-separated parts).
    static func looksLikeToken(_ text: String) -> Bool {
        text.utf8.count(where: { $0 == UInt8(ascii: ".") }) == 2
    }

    init(_ token: String, keys: KeyStore, now: Timestamp) throws(APIError) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Base64URL.decode(parts[0]), let payloadBytes = Base64URL.decode(parts[1]),
              let signature = Base64URL.decode(parts[2]),
              case .object(let header)? = try? JSONParser.parse(headerBytes),
              case .object(let payload)? = try? JSONParser.parse(payloadBytes) else {
            throw APIError.invalidAPIKey
        }
        guard case .string(let parentUID)? = payload["apiKeyUid"], let parent = keys.key(uid: parentUID.lowercased()) else {
            throw APIError.invalidAPIKey
        }
        let signed = Array(token.utf8.prefix(parts[0].utf8.count + 1 + parts[1].utf8.count))
        let secret = SymmetricKey(data: Array(parent.key.utf8))
        let valid: Bool
        switch header["alg"]?.stringValue {
        case "HS256": valid = HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signed, using: secret)
        case "HS384": valid = HMAC<SHA384>.isValidAuthenticationCode(signature, authenticating: signed, using: secret)
        case "HS512": valid = HMAC<SHA512>.isValidAuthenticationCode(signature, authenticating: signed, using: secret)
        default: valid = false
        }
        guard valid else { throw APIError.invalidAPIKey }
        if let exp = payload["exp"], !exp.isNull {
            guard let seconds = exp.numberValue?.int64Value else { throw APIError.invalidAPIKey }
            guard now.seconds < seconds else {
                throw APIError(code: "invalid_api_key", message: "Tenant token expired. Was valid up to `\(seconds)` and we're now `\(now.seconds)`.")
            }
        }
        guard !parent.isExpired(at: now), APIAction.search.isCovered(by: parent.actions) else { throw APIError.invalidAPIKey }
        switch payload["searchRules"] {
        case .array(let items)?:
            rules = .list(items.compactMap(\.stringValue))
        case .object(let map)?:
            rules = .map(map.map { ($0.key, $0.value["filter"].flatMap { $0.isNull ? nil : $0 }) })
        default:
            throw APIError.invalidAPIKey
        }
        if let context = payload["priceContext"], !context.isNull {
            guard let parsed = try? PricingContext(json: context) else { throw APIError.invalidAPIKey }
            priceContext = parsed
        } else {
            priceContext = nil
        }
        self.parent = parent
    }

    /// Whether the token allows searching `index`, and the filter its rule imposes there.
    func access(to index: String) -> (allowed: Bool, filter: JSONValue?) {
        guard IndexPattern.anyMatches(parent.indexes, index) else { return (false, nil) }
        switch rules {
        case .list(let patterns):
            return (IndexPattern.anyMatches(patterns, index), nil)
        case .map(let entries):
            // An exact uid wins over a pattern, and any pattern over `*`.
            let rule = entries.first { $0.pattern == index }
                ?? entries.first { $0.pattern != "*" && IndexPattern.matches($0.pattern, index) }
                ?? entries.first { $0.pattern == "*" }
            guard let rule else { return (false, nil) }
            return (true, rule.filter)
        }
    }
}
