/// Snapshot coding of a term dictionary: its byte buffer and offsets as raw arrays.
extension TermDictionary {
    func encode(into writer: inout ByteWriter) {
        writer.rawArray(bytes)
        writer.rawArray(offsets)
    }

    init(decoding reader: inout ByteReader, shape: SegmentShape) throws(SnapshotError) {
        let bytes: [UInt8] = try reader.rawArray()
        let offsets: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(offsets, count: shape.termCount, total: bytes.count, "term dictionary")
        self.bytes = bytes
        self.offsets = offsets
    }
}
