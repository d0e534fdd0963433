extension IndexSnapshot {
    /// The rest of a version 1 index (documents only, after its `settings`): the live documents' stored
    /// JSON as NDJSON chunks, indexed again with the parallel bulk loader.
    static func readDocuments(from file: FrameFileReader, uid: String, primaryKey: String?,
                              settings: IndexSettings) throws(SnapshotError) -> Index {
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
}
