import Crypto
import LoupeJSON

/// An API key: who may do what on which indexes, until when.
///
/// The secret `key` is derived, never stored separately: lowercase hex of HMAC-SHA256(master key, uid),
/// so the same master key and uid always give the same key (Meilisearch's scheme).
public struct APIKey: Sendable {
    public let uid: String
    public let key: String
    public var name: String?
    public var description: String?
    public let actions: [String]
    public let indexes: [String]
    public let expiresAt: Timestamp?
    public let createdAt: Timestamp
    public var updatedAt: Timestamp

    public init(uid: String, masterKey: String, name: String?, description: String?, actions: [String],
                indexes: [String], expiresAt: Timestamp?, createdAt: Timestamp = .now()) {
        self.uid = uid
        self.key = Self.derive(uid: uid, masterKey: masterKey)
        self.name = name
        self.description = description
        self.actions = actions
        self.indexes = indexes
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    static func derive(uid: String, masterKey: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(uid.utf8), using: SymmetricKey(data: Array(masterKey.utf8)))
        return Hex.lowercase(Array(code))
    }

    func isExpired(at time: Timestamp) -> Bool {
        expiresAt.map { $0 <= time } ?? false
    }

    /// Whether this key allows `action` on `index` (`nil`: a route not tied to one index).
    func allows(_ action: APIAction, on index: String?) -> Bool {
        guard action.isCovered(by: actions) else { return false }
        guard let index else { return true }
        return IndexPattern.anyMatches(indexes, index)
    }

    var json: JSONValue {
        [
            "name": name.map(JSONValue.string) ?? .null, "description": description.map(JSONValue.string) ?? .null,
            "key": .string(key), "uid": .string(uid),
            "actions": .array(actions.map(JSONValue.string)), "indexes": .array(indexes.map(JSONValue.string)),
            "expiresAt": expiresAt.map { .string($0.rfc3339) } ?? .null,
            "createdAt": .string(createdAt.rfc3339), "updatedAt": .string(updatedAt.rfc3339),
        ]
    }
}

/// Lowercase hexadecimal text of bytes.
enum Hex {
    static func lowercase(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
