import Crypto
import LoupeJSON

/// Creates tenant tokens the way Meilisearch SDKs' `generateTenantToken` does: an HS256 JWT with
/// `{apiKeyUid, searchRules, exp?}` signed with the parent key's secret, plus Loupe's optional
/// `priceContext`. For tooling and tests; the server itself only verifies tokens (`TenantToken`).
public enum TenantTokenIssuer {
    public static func token(apiKeyUID: String, apiKey: String, searchRules: JSONValue, expiresAt: Int64? = nil,
                             priceContext: JSONValue? = nil) -> String {
        var payload: JSONObject = ["searchRules": searchRules, "apiKeyUid": .string(apiKeyUID)]
        if let expiresAt { payload["exp"] = .number(JSONNumber(expiresAt)) }
        if let priceContext { payload["priceContext"] = priceContext }
        let header = encode(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let body = encode(JSONValue.object(payload).serialized())
        let signed = header + "." + body
        let signature = HMAC<SHA256>.authenticationCode(for: Array(signed.utf8), using: SymmetricKey(data: Array(apiKey.utf8)))
        return signed + "." + encode(Array(signature))
    }

    /// Base64url without padding.
    static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var output: [UInt8] = []
        var index = 0
        while index + 2 < bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { output.append(alphabet[Int((chunk >> UInt32(shift)) & 0x3F)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            var chunk = UInt32(bytes[index]) << 16
            if rest == 2 { chunk |= UInt32(bytes[index + 1]) << 8 }
            for shift in [18, 12, 6, 0].prefix(rest + 1) { output.append(alphabet[Int((chunk >> UInt32(shift)) & 0x3F)]) }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
