import Crypto
import Foundation
import LoupeJSON
import Synchronization

/// The master key and the API keys of a server.
///
/// Without a master key there are no API keys and every route but `/keys` is open. With one, two default
/// keys exist from the start ("Default Search API Key": `search` on `*`; "Default Admin API Key": `*` on
/// `*`). Their uids are derived from the master key, so their secrets stay the same across restarts of an
/// in-memory server. Secrets are compared in constant time.
public final class KeyStore: Sendable {
    public let masterKey: String?
    private let keys = Mutex<[APIKey]>([])

    public init(masterKey: String?) {
        self.masterKey = masterKey.flatMap { $0.isEmpty ? nil : $0 }
        guard let master = self.masterKey else { return }
        let now = Timestamp.now()
        let defaults = [
            APIKey(uid: Self.derivedUID(master, "default-search"), masterKey: master, name: "Default Search API Key",
                   description: "Use it to search from the frontend", actions: ["search"], indexes: ["*"],
                   expiresAt: nil, createdAt: now),
            APIKey(uid: Self.derivedUID(master, "default-admin"), masterKey: master, name: "Default Admin API Key",
                   description: "Use it for anything that is not a search operation. Caution! Do not expose it on a public frontend",
                   actions: ["*"], indexes: ["*"], expiresAt: nil, createdAt: now),
        ]
        keys.withLock { $0 = defaults }
    }

    /// A version-4-shaped UUID computed from the master key and a label.
    static func derivedUID(_ master: String, _ label: String) -> String {
        var bytes = Array(SHA256.hash(data: Array((master + "\u{0}" + label).utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Array(Hex.lowercase(bytes))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }

    /// Whether `secret` is the master key.
    func isMasterKey(_ secret: String) -> Bool {
        guard let masterKey else { return false }
        return ConstantTime.equals(masterKey, secret)
    }

    /// The API key whose secret is `secret`; every key is compared, in constant time.
    func key(forSecret secret: String) -> APIKey? {
        keys.withLock { keys in
            var found: APIKey?
            for key in keys where ConstantTime.equals(key.key, secret) { found = key }
            return found
        }
    }

    func key(uid: String) -> APIKey? {
        keys.withLock { $0.first { $0.uid == uid } }
    }

    /// The key named by its uid or its secret.
    func key(uidOrSecret: String) -> APIKey? {
        key(uid: uidOrSecret.lowercased()) ?? key(forSecret: uidOrSecret)
    }

    /// Keys newest first.
    func list(offset: Int, limit: Int) -> (keys: [APIKey], total: Int) {
        keys.withLock { keys in
            let ordered = keys.reversed()
            return (Array(ordered.dropFirst(offset).prefix(limit)), keys.count)
        }
    }

    func create(_ body: JSONValue) throws(APIError) -> APIKey {
        guard let master = masterKey else { throw .missingMasterKey }
        let request = try KeyCreation(body)
        let uid = request.uid ?? UUID().uuidString.lowercased()
        let key = APIKey(uid: uid, masterKey: master, name: request.name, description: request.description,
                         actions: request.actions, indexes: request.indexes, expiresAt: request.expiresAt)
        return try keys.withLock { keys throws(APIError) in
            guard !keys.contains(where: { $0.uid == uid }) else {
                throw APIError(code: "api_key_already_exists", message: "`uid` field value `\(uid)` is already an existing API key.")
            }
            keys.append(key)
            return key
        }
    }

    func update(_ uidOrSecret: String, _ body: JSONValue) throws(APIError) -> APIKey {
        guard let existing = key(uidOrSecret: uidOrSecret) else { throw .apiKeyNotFound(uidOrSecret) }
        guard case .object(let object) = body else { throw .badRequest("Invalid value type: expected an object, but found \(body.jsonString.prefix(100))") }
        var updated = existing
        for (field, value) in object {
            switch field {
            case "name", "description":
                let text: String?
                switch value {
                case .null: text = nil
                case .string(let string): text = string
                default: throw APIError(code: "invalid_api_key_\(field)", message: "Invalid value type at `.\(field)`: expected a string, but found \(value.jsonString.prefix(100))")
                }
                if field == "name" { updated.name = text } else { updated.description = text }
            case "uid", "actions", "indexes", "expiresAt", "key", "createdAt", "updatedAt":
                throw APIError(code: "immutable_api_key_\(field.snakeCasedParameter)", message: "The `\(field)` field cannot be modified for the given resource.")
            default:
                throw .unknownField(field, expected: ["description", "name"])
            }
        }
        updated.updatedAt = .now()
        keys.withLock { keys in
            if let position = keys.firstIndex(where: { $0.uid == existing.uid }) { keys[position] = updated }
        }
        return updated
    }

    /// Deletes the key; returns its uid.
    @discardableResult
    func delete(_ uidOrSecret: String) throws(APIError) -> String {
        guard let existing = key(uidOrSecret: uidOrSecret) else { throw .apiKeyNotFound(uidOrSecret) }
        remove(uid: existing.uid)
        return existing.uid
    }

    // MARK: - Recovery

    /// Every key, oldest first.
    var all: [APIKey] { keys.withLock { $0 } }

    /// Inserts `key`, or replaces the key with its uid in place (log replay and snapshot loading).
    func restore(_ key: APIKey) {
        keys.withLock { keys in
            if let position = keys.firstIndex(where: { $0.uid == key.uid }) { keys[position] = key } else { keys.append(key) }
        }
    }

    func remove(uid: String) {
        keys.withLock { $0.removeAll { $0.uid == uid } }
    }
}
