import LoupeJSON

/// One index generation as a run of snapshot frames, and back.
///
/// Format version 1, one frame per section, each payload starting with its section tag:
/// `begin` (uid, primary key), `settings` (the settings' JSON), any number of `documents` chunks (the live
/// documents' stored JSON as NDJSON, in insertion order, about `chunkBytes` each) and `end` (the document
/// count, checked on reading). A new component becomes one more section. Reading rebuilds the segments
/// from the documents with the parallel bulk loader, so the restored index searches exactly like one
/// loaded from the same documents.
public enum IndexSnapshot {
    /// Section tags; 1...15 belong to index sections, the rest to whoever embeds them.
    enum Section: UInt8 {
        case begin = 1, settings = 2, documents = 3, end = 4
    }

    public static let formatVersion: UInt32 = 1

    /// Writes `generation` (immutable: concurrent writes to the index do not affect it) as frames.
    public static func write(_ generation: IndexGeneration, uid: String, to file: FrameFileWriter,
                             chunkBytes: Int = 4 << 20) throws(SnapshotError) {
        var begin = ByteWriter()
        begin.byte(Section.begin.rawValue)
        begin.fixed32(formatVersion)
        begin.string(uid)
        begin.optionalString(generation.primaryKey)
        try file.append(begin.bytes)

        var settings = ByteWriter()
        settings.byte(Section.settings.rawValue)
        settings.bytes.append(contentsOf: generation.settings.toJSON().serialized())
        try file.append(settings.bytes)

        var chunk = [Section.documents.rawValue]
        chunk.reserveCapacity(chunkBytes + 4096)
        var count = 0
        for view in generation.views {
            for local in view.live.sortedIDs() {
                chunk.append(contentsOf: view.segment.store.document(local))
                chunk.append(UInt8(ascii: "\n"))
                count += 1
                if chunk.count >= chunkBytes {
                    try file.append(chunk)
                    chunk.removeSubrange(1...)
                }
            }
        }
        if chunk.count > 1 { try file.append(chunk) }

        var end = ByteWriter()
        end.byte(Section.end.rawValue)
        end.varint(count)
        try file.append(end.bytes)
    }

    /// Reads one index written by `write` (its `begin` frame is next) and builds it.
    public static func read(from file: FrameFileReader) throws(SnapshotError) -> Index {
        var begin = ByteReader(try file.require("index section"))
        try expect(.begin, try begin.byte())
        let version = try begin.fixed32()
        guard version == formatVersion else { throw SnapshotError("unsupported index snapshot version \(version)") }
        let uid = try begin.string()
        let primaryKey = try begin.optionalString()

        let settingsPayload = try file.require("index settings")
        guard settingsPayload.first == Section.settings.rawValue else { throw SnapshotError("expected the settings section of `\(uid)`") }
        let settings: IndexSettings
        do {
            settings = try IndexSettings().applying(try JSONParser.parse(Array(settingsPayload.dropFirst())))
        } catch {
            throw SnapshotError("invalid settings of index `\(uid)`: \(error)")
        }

        var ndjson: [UInt8] = []
        var lines = 0
        while true {
            let payload = try file.require("documents of `\(uid)`")
            if payload.first == Section.documents.rawValue {
                ndjson.append(contentsOf: payload.dropFirst())
                continue
            }
            var end = ByteReader(payload)
            try expect(.end, try end.byte())
            lines = try end.count()
            break
        }
        let index = Index(uid: uid, primaryKey: primaryKey, settings: settings)
        guard !ndjson.isEmpty else {
            guard lines == 0 else { throw SnapshotError("index `\(uid)`: \(lines) documents announced, none stored") }
            return index
        }
        let loaded: Int
        do throws(EngineError) {
            loaded = try index.addDocuments(ndjson: ndjson)
        } catch {
            throw SnapshotError("index `\(uid)`: stored documents do not load: \(error.message)")
        }
        guard loaded == lines else { throw SnapshotError("index `\(uid)`: \(lines) documents announced, \(loaded) stored") }
        return index
    }

    private static func expect(_ section: Section, _ tag: UInt8) throws(SnapshotError) {
        guard tag == section.rawValue else { throw SnapshotError("expected section \(section), found tag \(tag)") }
    }
}
