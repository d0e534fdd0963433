/// Snapshot coding of the per-attribute postings: entry starts and keys as raw arrays, then one document
/// set per entry.
extension FieldPostings {
    func encode(into writer: inout ByteWriter) {
        writer.rawArray(starts)
        writer.rawArray(keys)
        DocumentSet.encode(documents, into: &writer)
    }

    init(decoding reader: inout ByteReader, shape: SegmentShape) throws(SnapshotError) {
        let starts: [UInt32] = try reader.rawArray()
        let keys: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(starts, count: shape.termCount, total: keys.count, "field postings")
        let fieldCount = UInt32(clamping: shape.fieldCount), bandCount = UInt32(Self.bandCount)
        guard keys.allSatisfy({ $0 >> 8 < fieldCount && $0 & 0x3F < bandCount }) else {
            throw SnapshotError("field postings: a key names an unknown field or band")
        }
        let documents = try DocumentSet.decodeArray(&reader, count: keys.count, universe: shape.documentCount, "field postings")
        self.init(starts: starts, keys: keys, documents: documents)
    }
}
