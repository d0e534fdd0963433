/// Snapshot coding of the distinct column: interned strings, then offsets and value ids raw.
extension DistinctColumn {
    func encode(into writer: inout ByteWriter) {
        writer.strings(strings)
        writer.rawArray(offsets)
        writer.rawArray(valueIDs)
    }

    init(decoding reader: inout ByteReader, documentCount: Int) throws(SnapshotError) {
        let strings = try reader.strings()
        let offsets: [UInt32] = try reader.rawArray(), valueIDs: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(offsets, count: documentCount, total: valueIDs.count, "distinct column")
        try SnapshotCheck.below(valueIDs, strings.count, "distinct column")
        self.init(strings: strings, offsets: offsets, valueIDs: valueIDs)
    }
}
