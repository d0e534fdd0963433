/// Snapshot coding of a document store: the stored JSON and ids with their offsets, as raw arrays; the id
/// lookup table is rebuilt on decoding.
extension DocumentStore {
    func encode(into writer: inout ByteWriter) {
        writer.rawArray(json)
        writer.rawArray(jsonOffsets)
        writer.rawArray(ids)
        writer.rawArray(idOffsets)
    }

    init(decoding reader: inout ByteReader, documentCount: Int) throws(SnapshotError) {
        let json: [UInt8] = try reader.rawArray(), jsonOffsets: [Int] = try reader.rawArray()
        let ids: [UInt8] = try reader.rawArray(), idOffsets: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(jsonOffsets, count: documentCount, total: json.count, "stored documents")
        try SnapshotCheck.offsets(idOffsets, count: documentCount, total: ids.count, "stored ids")
        self.init(json: json, jsonOffsets: jsonOffsets, ids: ids, idOffsets: idOffsets)
    }
}
