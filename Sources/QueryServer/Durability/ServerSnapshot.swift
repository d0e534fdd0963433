import Foundation
import Indexer

/// The whole server state at one log position, as one snapshot file.
///
/// Frames (see `FrameFileWriter`): a `header` (magic, format version, the LSN the snapshot covers, the
/// next task uid), one `key` per API key, per index an `index` entry (uid, created and updated times)
/// followed by the index's own sections (`IndexSnapshot`), optionally a `sync` entry (the index it feeds)
/// followed by the database sync's frames (`SyncSnapshotSection`), and an `end` frame with the counts. A file
/// without its `end` frame, or with any bad checksum, is invalid as a whole.
struct ServerSnapshot {
    private enum Section: UInt8 {
        case header = 16, key = 17, index = 18, end = 19, sync = 20
    }

    static let magic = Array("LOUPESNAP".utf8)
    static let formatVersion: UInt32 = 1

    /// What a snapshot holds: immutable values captured at the cut, so writing it never blocks searches
    /// or writes.
    struct Content: Sendable {
        var lsn: UInt64
        var nextTaskUid: Int
        var keys: [StoredKey]
        var indexes: [(uid: String, createdAt: Timestamp, updatedAt: Timestamp, generation: IndexGeneration)]
        /// Taken before the generations (see `SyncService.snapshotSection`).
        var sync: SyncSnapshotSection? = nil
    }

    /// What a snapshot restores: built indexes, not yet visible to anyone.
    struct Loaded {
        var lsn: UInt64
        var nextTaskUid: Int
        var keys: [StoredKey]
        var indexes: [(index: Index, createdAt: Timestamp, updatedAt: Timestamp)]
        var sync: SyncSnapshotSection.Restored? = nil
    }

    /// Writes `content` to a temporary file, fsyncs it and renames it to `path` (fsyncing the directory).
    static func write(_ content: Content, to path: String) throws(SnapshotError) {
        let temporary = path + ".tmp"
        let file = try FrameFileWriter(path: temporary, truncate: true)
        var header = ByteWriter()
        header.byte(Section.header.rawValue)
        header.bytes.append(contentsOf: magic)
        header.fixed32(formatVersion)
        header.fixed64(content.lsn)
        header.varint(content.nextTaskUid)
        try file.append(header.bytes)
        for key in content.keys {
            var frame = ByteWriter()
            frame.byte(Section.key.rawValue)
            key.encode(into: &frame)
            try file.append(frame.bytes)
        }
        for entry in content.indexes {
            var frame = ByteWriter()
            frame.byte(Section.index.rawValue)
            frame.string(entry.uid)
            entry.createdAt.encode(into: &frame)
            entry.updatedAt.encode(into: &frame)
            try file.append(frame.bytes)
            try IndexSnapshot.write(entry.generation, uid: entry.uid, to: file)
        }
        if let sync = content.sync {
            var frame = ByteWriter()
            frame.byte(Section.sync.rawValue)
            frame.string(sync.indexUid)
            try file.append(frame.bytes)
            try sync.write(to: file)
        }
        var end = ByteWriter()
        end.byte(Section.end.rawValue)
        end.varint(content.keys.count)
        end.varint(content.indexes.count)
        try file.append(end.bytes)
        try file.sync()
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try DurableFiles.rename(temporary, to: path, directory: directory)
    }

    /// Reads and builds everything in the snapshot at `path`; throws if any part is damaged or missing.
    static func read(_ path: String) throws(SnapshotError) -> Loaded {
        let file = try FrameFileReader(path: path)
        var header = ByteReader(try file.require("snapshot header"))
        guard try header.byte() == Section.header.rawValue else { throw SnapshotError("\(path) is not a Loupe snapshot") }
        for expected in magic {
            guard try header.byte() == expected else { throw SnapshotError("\(path) is not a Loupe snapshot") }
        }
        let version = try header.fixed32()
        guard version == formatVersion else { throw SnapshotError("unsupported snapshot version \(version)") }
        var loaded = Loaded(lsn: try header.fixed64(), nextTaskUid: try header.count(limit: Int.max), keys: [], indexes: [])
        while true {
            var frame = ByteReader(try file.require("snapshot section"))
            let raw = try frame.byte()
            switch Section(rawValue: raw) {
            case .key:
                loaded.keys.append(try StoredKey.decode(from: &frame))
            case .index:
                let uid = try frame.string()
                let createdAt = try Timestamp.decode(from: &frame), updatedAt = try Timestamp.decode(from: &frame)
                let index = try IndexSnapshot.read(from: file)
                guard index.uid == uid else { throw SnapshotError("index entry `\(uid)` holds index `\(index.uid)`") }
                loaded.indexes.append((index, createdAt, updatedAt))
            case .sync:
                loaded.sync = try SyncSnapshotSection.read(indexUid: try frame.string(), from: file)
            case .end:
                let keys = try frame.count(), indexes = try frame.count()
                guard keys == loaded.keys.count, indexes == loaded.indexes.count else {
                    throw SnapshotError("snapshot announces \(keys) keys and \(indexes) indexes, holds \(loaded.keys.count) and \(loaded.indexes.count)")
                }
                return loaded
            case .header, nil:
                throw SnapshotError("unexpected section tag \(raw) in \(path)")
            }
        }
    }
}
