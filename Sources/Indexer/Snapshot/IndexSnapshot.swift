import Dispatch
import LoupeJSON
import Synchronization

/// One index generation as a run of snapshot frames, and back.
///
/// Format version 2, one frame per section, each payload starting with its section tag: `begin` (format
/// version, uid, primary key, generation version), `settings` (the settings' JSON), `fields` (the
/// attribute registry), then per segment a `segment` header (document and term counts) followed by its
/// components (`SegmentComponent`: stored documents, dictionary, postings, forward index, …), each carried
/// by one or more `component` frames (`[tag][component][last part?][bytes]`, at most `partBytes` each),
/// and `end` (live document and segment counts, checked on reading). Reading decodes the segments as they
/// were, without analysing any text, on every core while the file is read.
///
/// Version 1 files (`begin`, `settings`, the live documents' JSON in `documents` chunks, `end`) are still
/// read: their documents are indexed again with the bulk loader (`readDocuments`).
public enum IndexSnapshot {
    /// Section tags; 1...15 belong to index sections, the rest to whoever embeds them.
    enum Section: UInt8 {
        case begin = 1, settings = 2, documents = 3, end = 4, fields = 5, segment = 6, component = 7
    }

    public static let formatVersion: UInt32 = 2

    /// Writes `generation` (immutable: concurrent writes to the index do not affect it) as frames.
    public static func write(_ generation: IndexGeneration, uid: String, to file: FrameFileWriter,
                             partBytes: Int = 512 << 20) throws(SnapshotError) {
        var begin = ByteWriter()
        begin.byte(Section.begin.rawValue)
        begin.fixed32(formatVersion)
        begin.string(uid)
        begin.optionalString(generation.primaryKey)
        begin.varint(generation.version)
        try file.append(begin.bytes)

        var settings = ByteWriter()
        settings.byte(Section.settings.rawValue)
        settings.bytes.append(contentsOf: generation.settings.toJSON().serialized())
        try file.append(settings.bytes)

        var fields = ByteWriter()
        fields.byte(Section.fields.rawValue)
        fields.strings(generation.fields.paths)
        try file.append(fields.bytes)

        for view in generation.views {
            var header = ByteWriter()
            header.byte(Section.segment.rawValue)
            header.varint(view.segment.count)
            header.varint(view.segment.dictionary.count)
            try file.append(header.bytes)
            for encoded in encodeComponents(view) {
                try appendParts(encoded, to: file, partBytes: max(1, partBytes))
            }
        }

        var end = ByteWriter()
        end.byte(Section.end.rawValue)
        end.varint(generation.documentCount)
        end.varint(generation.views.count)
        try file.append(end.bytes)
    }

    /// The component frames of one segment (before splitting into parts), encoded on every core.
    private static func encodeComponents(_ view: SegmentView) -> [[UInt8]] {
        let components = SegmentComponent.allCases
        let frames = Mutex<[[UInt8]]>(Array(repeating: [], count: components.count))
        DispatchQueue.concurrentPerform(iterations: components.count) { slot in
            let component = components[slot]
            let encoded = component.encode(view, header: [Section.component.rawValue, component.rawValue, 1])
            frames.withLock { $0[slot] = encoded.bytes }
        }
        return frames.withLock { $0 }
    }

    /// Writes a component frame (its 3 header bytes first) as parts of at most `partBytes` bytes each.
    private static func appendParts(_ frame: [UInt8], to file: FrameFileWriter, partBytes: Int) throws(SnapshotError) {
        if frame.count - 3 <= partBytes { return try file.append(frame) }
        var start = 3
        while start < frame.count {
            let end = min(frame.count, start + partBytes)
            var part = [frame[0], frame[1], end == frame.count ? 1 : 0]
            part.append(contentsOf: frame[start..<end])
            try file.append(part)
            start = end
        }
    }

    /// Reads one index written by `write` (its `begin` frame is next) and builds it.
    public static func read(from file: FrameFileReader) throws(SnapshotError) -> Index {
        var begin = ByteReader(try file.require("index section"))
        try expect(.begin, try begin.byte())
        let version = try begin.fixed32()
        guard version == 1 || version == formatVersion else { throw SnapshotError("unsupported index snapshot version \(version)") }
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
        if version == 1 { return try readDocuments(from: file, uid: uid, primaryKey: primaryKey, settings: settings) }
        let generation = try readSegments(from: file, uid: uid, primaryKey: primaryKey, settings: settings,
                                          version: try begin.varint())
        let index = Index(uid: uid, primaryKey: primaryKey, settings: settings)
        index.write { _ in (generation, ()) }
        return index
    }

    /// The segments of a version 2 index, after its `settings`.
    private static func readSegments(from file: FrameFileReader, uid: String, primaryKey: String?,
                                     settings: IndexSettings, version: UInt64) throws(SnapshotError) -> IndexGeneration {
        var fieldsFrame = ByteReader(try file.require("fields of `\(uid)`"))
        try expect(.fields, try fieldsFrame.byte())
        var fields = FieldRegistry()
        let paths = try fieldsFrame.strings()
        for path in paths { _ = fields.intern(path) }
        guard fields.count == paths.count else { throw SnapshotError("index `\(uid)`: an attribute is registered twice") }

        let decoder = SegmentDecoder()
        var shape: SegmentShape?
        var seen = Set<SegmentComponent>()
        var pending: [UInt8] = []
        while true {
            let payload = try file.require("segments of `\(uid)`")
            var frame = ByteReader(payload)
            let tag = try frame.byte()
            switch Section(rawValue: tag) {
            case .segment:
                guard pending.isEmpty else { throw SnapshotError("index `\(uid)`: a component is cut short") }
                shape = SegmentShape(documentCount: try frame.count(), termCount: try frame.count(limit: Int(ForwardIndex.maxTermID)),
                                     fieldCount: fields.count)
                seen = []
                decoder.beginSegment()
            case .component:
                guard let shape else { throw SnapshotError("index `\(uid)`: a component before any segment") }
                let raw = try frame.byte()
                guard let component = SegmentComponent(rawValue: raw) else { throw SnapshotError("index `\(uid)`: unknown segment component \(raw)") }
                let last = try frame.bool()
                if pending.isEmpty { pending = payload } else {
                    guard pending[1] == raw else { throw SnapshotError("index `\(uid)`: component \(component) interrupted") }
                    pending.append(contentsOf: payload[3...])
                }
                guard last else { continue }
                guard seen.insert(component).inserted else { throw SnapshotError("index `\(uid)`: component \(component) stored twice") }
                decoder.decode(component, payload: pending, offset: 3, shape: shape)
                pending = []
            case .end:
                guard pending.isEmpty else { throw SnapshotError("index `\(uid)`: a component is cut short") }
                let documents = try frame.count(limit: Int.max), segments = try frame.count()
                let plan = IndexingPlan(settings: settings)
                var views: [SegmentView] = []
                for parts in try decoder.finish() { views.append(try SegmentView(parts: parts, plan: plan)) }
                guard views.count == segments else {
                    throw SnapshotError("index `\(uid)`: \(segments) segments announced, \(views.count) stored")
                }
                let generation = IndexGeneration(settings: settings, primaryKey: primaryKey, version: version,
                                                 fields: fields, views: views, plan: plan)
                guard generation.documentCount == documents else {
                    throw SnapshotError("index `\(uid)`: \(documents) documents announced, \(generation.documentCount) stored")
                }
                return generation
            default:
                throw SnapshotError("index `\(uid)`: unexpected section tag \(tag)")
            }
        }
    }

    static func expect(_ section: Section, _ tag: UInt8) throws(SnapshotError) {
        guard tag == section.rawValue else { throw SnapshotError("expected section \(section), found tag \(tag)") }
    }
}
