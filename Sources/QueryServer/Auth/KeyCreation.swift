import Foundation
import LoupeJSON

/// A validated `POST /keys` body, with Meilisearch's `missing_api_key_*` / `invalid_api_key_*` errors.
struct KeyCreation {
    var uid: String?
    var name: String?
    var description: String?
    var actions: [String] = []
    var indexes: [String] = []
    var expiresAt: Timestamp?

    static let fields = ["actions", "description", "expiresAt", "indexes", "name", "uid"]

    init(_ body: JSONValue) throws(APIError) {
        guard case .object(let object) = body else {
            throw .badRequest("Invalid value type: expected an object, but found \(body.jsonString.prefix(100))")
        }
        for key in object.keys where !Self.fields.contains(key) { throw .unknownField(key, expected: Self.fields) }
        uid = try Self.optionalString(object, "uid")
        if let given = uid {
            guard let parsed = UUID(uuidString: given) else {
                throw APIError(code: "invalid_api_key_uid", message: "Invalid value at `.uid`: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `\(given.prefix(60))`")
            }
            uid = parsed.uuidString.lowercased()
        }
        name = try Self.optionalString(object, "name")
        description = try Self.optionalString(object, "description")
        actions = try Self.strings(object, "actions")
        for action in actions where !APIAction.acceptedNames.contains(action) {
            throw APIError(code: "invalid_api_key_actions", message: "Unknown value `\(action)` at `.actions`: expected one of \(APIAction.acceptedNames.sorted().map { "`\($0)`" }.joined(separator: ", "))")
        }
        indexes = try Self.strings(object, "indexes")
        for index in indexes where !(index == "*" || IndexUID.isValid(index.hasSuffix("*") ? String(index.dropLast()) : index)) {
            throw APIError(code: "invalid_api_key_indexes", message: "Invalid value at `.indexes`: `\(index.prefix(100))` is not a valid index uid pattern.")
        }
        guard let expiry = object["expiresAt"] else {
            throw APIError(code: "missing_api_key_expires_at", message: "Missing field `expiresAt`")
        }
        switch expiry {
        case .null: expiresAt = nil
        case .string(let text):
            guard let time = Timestamp(rfc3339: text) else {
                throw APIError(code: "invalid_api_key_expires_at", message: "Invalid value at `.expiresAt`: `\(text.prefix(60))` is not a valid date. It should follow the RFC 3339 format to represents a date or datetime in the future or specified as a null value. e.g. 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'.")
            }
            guard Timestamp.now() < time else {
                throw APIError(code: "invalid_api_key_expires_at", message: "Invalid value at `.expiresAt`: `\(text)` is not a valid date. It should follow the RFC 3339 format to represents a date or datetime in the future or specified as a null value.")
            }
            expiresAt = time
        default:
            throw APIError(code: "invalid_api_key_expires_at", message: "Invalid value type at `.expiresAt`: expected a string or null, but found \(expiry.jsonString.prefix(60))")
        }
    }

    private static func optionalString(_ object: JSONObject, _ field: String) throws(APIError) -> String? {
        switch object[field] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?:
            throw APIError(code: "invalid_api_key_\(field.snakeCasedParameter)", message: "Invalid value type at `.\(field)`: expected a string, but found \(other.jsonString.prefix(60))")
        }
    }

    private static func strings(_ object: JSONObject, _ field: String) throws(APIError) -> [String] {
        guard let value = object[field] else {
            throw APIError(code: "missing_api_key_\(field)", message: "Missing field `\(field)`")
        }
        guard case .array(let items) = value else {
            throw APIError(code: "invalid_api_key_\(field)", message: "Invalid value type at `.\(field)`: expected an array, but found \(value.jsonString.prefix(60))")
        }
        var result: [String] = []
        for (position, item) in items.enumerated() {
            guard case .string(let text) = item else {
                throw APIError(code: "invalid_api_key_\(field)", message: "Invalid value type at `.\(field)[\(position)]`: expected a string, but found \(item.jsonString.prefix(60))")
            }
            result.append(text)
        }
        return result
    }
}
