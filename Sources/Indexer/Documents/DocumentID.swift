import LoupeJSON

/// Reads and validates a document's primary key, following Meilisearch's rules.
///
/// An id is an integer or a string of `[A-Za-z0-9_-]` of at most 511 bytes; `1` and `"1"` are the same
/// document because ids are compared as strings.
public enum DocumentID {
    public static let maxBytes = 511

    /// The canonical id string of `document`, or a typed error naming the document (`position` is its
    /// index in the batch).
    public static func extract(from document: JSONValue, primaryKey: String, position: Int) throws(EngineError) -> String {
        guard case .object(let object) = document else {
            throw EngineError("malformed_payload", "Document at position \(position) is not an object: `\(document.jsonString.prefix(100))`.")
        }
        guard let value = value(at: primaryKey, in: object) else {
            throw EngineError("missing_document_id", "Document at position \(position) doesn't have a `\(primaryKey)` attribute: `\(document.jsonString.prefix(200))`.")
        }
        switch value {
        case .number(let number):
            guard let int = number.int64Value, !number.literal.contains("."), !number.literal.lowercased().contains("e") else {
                throw invalid(value, position)
            }
            return String(int)
        case .string(let text):
            guard isValid(text) else { throw invalid(value, position) }
            return text
        default:
            throw invalid(value, position)
        }
    }

    /// Whether `text` is acceptable as a string id.
    public static func isValid(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= maxBytes else { return false }
        return utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// The value at a dotted path (`product.id`), if present.
    static func value(at path: String, in object: JSONObject) -> JSONValue? {
        if let direct = object[path] { return direct }
        guard let dot = path.firstIndex(of: ".") else { return nil }
        guard case .object(let inner)? = object[String(path[..<dot])] else { return nil }
        return value(at: String(path[path.index(after: dot)...]), in: inner)
    }

    private static func invalid(_ value: JSONValue, _ position: Int) -> EngineError {
        EngineError("invalid_document_id", "Document identifier `\(value.jsonString.prefix(600))` at position \(position) is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.")
    }

    /// Meilisearch's primary-key inference: the unique top-level field whose lowercased name ends with `id`.
    public static func inferPrimaryKey(from document: JSONValue) throws(EngineError) -> String {
        guard case .object(let object) = document else {
            throw EngineError("index_primary_key_no_candidate_found", "The primary key inference failed as the engine did not find any field ending with `id` in its name. Please specify the primary key manually using the `primaryKey` query parameter.")
        }
        let candidates = object.keys.filter { $0.lowercased().hasSuffix("id") }
        switch candidates.count {
        case 1: return candidates[0]
        case 0:
            throw EngineError("index_primary_key_no_candidate_found", "The primary key inference failed as the engine did not find any field ending with `id` in its name. Please specify the primary key manually using the `primaryKey` query parameter.")
        default:
            throw EngineError("index_primary_key_multiple_candidates_found", "The primary key inference failed as the engine found \(candidates.count) fields ending with `id` in their names: '\(candidates.joined(separator: "' and '"))'. Please specify the primary key manually using the `primaryKey` query parameter.")
        }
    }
}
