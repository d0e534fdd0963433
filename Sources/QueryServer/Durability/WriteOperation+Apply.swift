import Indexer
import LoupeJSON

/// Applying a `WriteOperation` to the server's indexes and keys: the one code path of a live write (run
/// by the task queue) and of its replay during recovery.
extension WriteOperation {
    /// Applies the change at `time` (the task's start, logged with it); throws the task's error when it
    /// cannot be applied, and fills the task's `details`.
    func apply(to state: ServerState, at time: Timestamp, details: inout JSONObject) throws(APIError) {
        let indexes = state.indexes
        switch self {
        case .addDocuments(let uid, let documents, let primaryKey, let merge, let skipCreation):
            details["indexedDocuments"] = .int(0)
            let existing = indexes.index(uid)
            let index = existing ?? Index(uid: uid)
            var batch = documents
            if merge && skipCreation {
                let key = index.primaryKey ?? primaryKey
                batch = documents.filter { document in
                    guard let key, let id = try? DocumentID.extract(from: document, primaryKey: key, position: 0) else { return true }
                    return index.generation.document(id: id) != nil
                }
            }
            let indexed = try engine { () throws(EngineError) in
                merge ? try index.updateDocuments(batch, primaryKey: primaryKey) : try index.addDocuments(batch, primaryKey: primaryKey)
            }
            if existing == nil { indexes.insert(index, at: time) } else { indexes.touch(uid, at: time) }
            details["indexedDocuments"] = .int(indexed)
        case .deleteDocuments(let uid, let ids):
            let index = try Self.existing(uid, in: indexes)
            details["deletedDocuments"] = .int(index.deleteDocuments(ids: ids))
            indexes.touch(uid, at: time)
        case .deleteDocumentsByFilter(let uid, let filter):
            let index = try Self.existing(uid, in: indexes)
            details["deletedDocuments"] = .int(try engine { () throws(EngineError) in try index.deleteDocuments(filter: filter) })
            indexes.touch(uid, at: time)
        case .deleteAllDocuments(let uid):
            let index = try Self.existing(uid, in: indexes)
            details["deletedDocuments"] = .int(index.documentCount)
            index.deleteAllDocuments()
            indexes.touch(uid, at: time)
        case .updateSettings(let uid, let body):
            let existing = indexes.index(uid)
            let index = existing ?? Index(uid: uid)
            let next = try engine { () throws(EngineError) in try index.settings.applying(body) }
            index.updateSettings(next)
            if existing == nil { indexes.insert(index, at: time) } else { indexes.touch(uid, at: time) }
        case .createIndex(let uid, let primaryKey):
            guard indexes.insert(Index(uid: uid, primaryKey: primaryKey), at: time) else {
                throw APIError(code: "index_already_exists", message: "Index `\(uid)` already exists.")
            }
        case .updateIndex(let uid, let primaryKey):
            let index = try Self.existing(uid, in: indexes)
            if let primaryKey { try engine { () throws(EngineError) in try index.setPrimaryKey(primaryKey) } }
            indexes.touch(uid, at: time)
        case .deleteIndex(let uid):
            guard let removed = indexes.remove(uid) else { throw APIError.indexNotFound(uid) }
            details["deletedDocuments"] = .int(removed.index.documentCount)
        case .putKey(let key):
            guard let master = state.keys.masterKey else { throw .missingMasterKey }
            state.keys.restore(key.apiKey(masterKey: master))
        case .deleteKey(let uid):
            state.keys.remove(uid: uid)
        }
    }

    private static func existing(_ uid: String, in indexes: IndexRegistry) throws(APIError) -> Index {
        guard let index = indexes.index(uid) else { throw APIError.indexNotFound(uid) }
        return index
    }
}
