import Indexer
import LoupeJSON

/// A change to the server's state, as the write-ahead log records it and recovery replays it.
///
/// Routes describe each accepted write as one of these; the task queue applies it (`apply(to:at:details:)`)
/// and logs it, so the live path and the replay run the same code. Applying is deterministic given the
/// state before it and the logged time, which is what makes replay reproduce the state.
public enum WriteOperation: Sendable, Equatable {
    case addDocuments(index: String, documents: [JSONValue], primaryKey: String?, merge: Bool, skipCreation: Bool)
    case deleteDocuments(index: String, ids: [String])
    case deleteDocumentsByFilter(index: String, filter: JSONValue)
    case deleteAllDocuments(index: String)
    case updateSettings(index: String, body: JSONValue)
    case createIndex(index: String, primaryKey: String?)
    case updateIndex(index: String, primaryKey: String?)
    case deleteIndex(index: String)
    /// A created or updated API key, as stored (its secret is derived from the master key again).
    case putKey(StoredKey)
    case deleteKey(uid: String)
}

/// The fields of an API key that are not derived from the master key.
public struct StoredKey: Sendable, Equatable {
    public var uid: String
    public var name: String?
    public var description: String?
    public var actions: [String]
    public var indexes: [String]
    public var expiresAt: Timestamp?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp

    init(_ key: APIKey) {
        uid = key.uid
        name = key.name
        description = key.description
        actions = key.actions
        indexes = key.indexes
        expiresAt = key.expiresAt
        createdAt = key.createdAt
        updatedAt = key.updatedAt
    }

    init(uid: String, name: String?, description: String?, actions: [String], indexes: [String],
         expiresAt: Timestamp?, createdAt: Timestamp, updatedAt: Timestamp) {
        self.uid = uid
        self.name = name
        self.description = description
        self.actions = actions
        self.indexes = indexes
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The key with its secret derived from `masterKey`.
    func apiKey(masterKey: String) -> APIKey {
        var key = APIKey(uid: uid, masterKey: masterKey, name: name, description: description, actions: actions,
                         indexes: indexes, expiresAt: expiresAt, createdAt: createdAt)
        key.updatedAt = updatedAt
        return key
    }
}

extension Timestamp {
    func encode(into writer: inout ByteWriter) {
        writer.signed(seconds)
        writer.varint(UInt64(max(0, nanoseconds)))
    }

    static func decode(from reader: inout ByteReader) throws(SnapshotError) -> Timestamp {
        let seconds = try reader.signed()
        let nanoseconds = try reader.varint()
        guard nanoseconds < 1_000_000_000 else { throw SnapshotError("invalid nanoseconds \(nanoseconds)") }
        return Timestamp(seconds: seconds, nanoseconds: Int32(nanoseconds))
    }
}

extension StoredKey {
    func encode(into writer: inout ByteWriter) {
        writer.string(uid)
        writer.optionalString(name)
        writer.optionalString(description)
        writer.strings(actions)
        writer.strings(indexes)
        writer.bool(expiresAt != nil)
        expiresAt?.encode(into: &writer)
        createdAt.encode(into: &writer)
        updatedAt.encode(into: &writer)
    }

    static func decode(from reader: inout ByteReader) throws(SnapshotError) -> StoredKey {
        StoredKey(uid: try reader.string(), name: try reader.optionalString(), description: try reader.optionalString(),
                  actions: try reader.strings(), indexes: try reader.strings(),
                  expiresAt: try reader.bool() ? try Timestamp.decode(from: &reader) : nil,
                  createdAt: try Timestamp.decode(from: &reader), updatedAt: try Timestamp.decode(from: &reader))
    }
}
