import Indexer
import LoupeJSON

/// The compact binary form of a `WriteOperation` inside a log record: a tag byte, then the fields
/// (strings length-prefixed, JSON values as their serialized text).
extension WriteOperation {
    private enum Tag: UInt8 {
        case addDocuments = 1, deleteDocuments, deleteDocumentsByFilter, deleteAllDocuments, updateSettings
        case createIndex, updateIndex, deleteIndex, putKey, deleteKey
    }

    func encode(into writer: inout ByteWriter) {
        switch self {
        case .addDocuments(let index, let documents, let primaryKey, let merge, let skipCreation):
            writer.byte(Tag.addDocuments.rawValue)
            writer.string(index)
            writer.optionalString(primaryKey)
            writer.bool(merge)
            writer.bool(skipCreation)
            writer.data(JSONValue.array(documents).serialized())
        case .deleteDocuments(let index, let ids):
            writer.byte(Tag.deleteDocuments.rawValue)
            writer.string(index)
            writer.strings(ids)
        case .deleteDocumentsByFilter(let index, let filter):
            writer.byte(Tag.deleteDocumentsByFilter.rawValue)
            writer.string(index)
            writer.data(filter.serialized())
        case .deleteAllDocuments(let index):
            writer.byte(Tag.deleteAllDocuments.rawValue)
            writer.string(index)
        case .updateSettings(let index, let body):
            writer.byte(Tag.updateSettings.rawValue)
            writer.string(index)
            writer.data(body.serialized())
        case .createIndex(let index, let primaryKey):
            writer.byte(Tag.createIndex.rawValue)
            writer.string(index)
            writer.optionalString(primaryKey)
        case .updateIndex(let index, let primaryKey):
            writer.byte(Tag.updateIndex.rawValue)
            writer.string(index)
            writer.optionalString(primaryKey)
        case .deleteIndex(let index):
            writer.byte(Tag.deleteIndex.rawValue)
            writer.string(index)
        case .putKey(let key):
            writer.byte(Tag.putKey.rawValue)
            key.encode(into: &writer)
        case .deleteKey(let uid):
            writer.byte(Tag.deleteKey.rawValue)
            writer.string(uid)
        }
    }

    static func decode(from reader: inout ByteReader) throws(SnapshotError) -> WriteOperation {
        let raw = try reader.byte()
        guard let tag = Tag(rawValue: raw) else { throw SnapshotError("unknown operation tag \(raw)") }
        switch tag {
        case .addDocuments:
            let index = try reader.string(), primaryKey = try reader.optionalString()
            let merge = try reader.bool(), skipCreation = try reader.bool()
            guard case .array(let documents) = try json(&reader) else { throw SnapshotError("documents are not an array") }
            return .addDocuments(index: index, documents: documents, primaryKey: primaryKey, merge: merge, skipCreation: skipCreation)
        case .deleteDocuments: return .deleteDocuments(index: try reader.string(), ids: try reader.strings())
        case .deleteDocumentsByFilter: return .deleteDocumentsByFilter(index: try reader.string(), filter: try json(&reader))
        case .deleteAllDocuments: return .deleteAllDocuments(index: try reader.string())
        case .updateSettings: return .updateSettings(index: try reader.string(), body: try json(&reader))
        case .createIndex: return .createIndex(index: try reader.string(), primaryKey: try reader.optionalString())
        case .updateIndex: return .updateIndex(index: try reader.string(), primaryKey: try reader.optionalString())
        case .deleteIndex: return .deleteIndex(index: try reader.string())
        case .putKey: return .putKey(try StoredKey.decode(from: &reader))
        case .deleteKey: return .deleteKey(uid: try reader.string())
        }
    }

    private static func json(_ reader: inout ByteReader) throws(SnapshotError) -> JSONValue {
        let text = try reader.data()
        do {
            return try JSONParser.parse(Array(text))
        } catch {
            throw SnapshotError("invalid JSON in a log record: \(error)")
        }
    }
}
