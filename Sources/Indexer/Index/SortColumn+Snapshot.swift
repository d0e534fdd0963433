/// Snapshot coding of a sort column: the per-document arrays raw, then the sorted strings.
extension SortColumn {
    func encode(into writer: inout ByteWriter) {
        writer.rawArray(minNumber)
        writer.rawArray(maxNumber)
        writer.rawArray(minString)
        writer.rawArray(maxString)
        writer.strings(strings)
    }

    init(decoding reader: inout ByteReader, documentCount: Int) throws(SnapshotError) {
        let minNumber: [Double] = try reader.rawArray(), maxNumber: [Double] = try reader.rawArray()
        let minString: [UInt32] = try reader.rawArray(), maxString: [UInt32] = try reader.rawArray()
        let strings = try reader.strings()
        for (array, what) in [(minNumber.count, "minimum numbers"), (maxNumber.count, "maximum numbers"),
                              (minString.count, "minimum strings"), (maxString.count, "maximum strings")] {
            try SnapshotCheck.count(array, documentCount, "sort column \(what)")
        }
        let rankCount = UInt32(strings.count)
        guard [minString, maxString].allSatisfy({ $0.allSatisfy { $0 < rankCount || $0 == Self.none } }) else {
            throw SnapshotError("sort column: a string rank is out of range")
        }
        self.init(minNumber: minNumber, maxNumber: maxNumber, minString: minString, maxString: maxString, strings: strings)
    }

    /// Columns by path, in path order.
    static func encode(_ columns: [String: SortColumn], into writer: inout ByteWriter) {
        writer.varint(columns.count)
        for path in columns.keys.sorted() {
            writer.string(path)
            columns[path]?.encode(into: &writer)
        }
    }

    static func decodeColumns(_ reader: inout ByteReader, documentCount: Int) throws(SnapshotError) -> [String: SortColumn] {
        var columns: [String: SortColumn] = [:]
        for _ in 0..<(try reader.count(limit: 1 << 16)) {
            let path = try reader.string()
            guard columns[path] == nil else { throw SnapshotError("sort column `\(path)` stored twice") }
            columns[path] = try SortColumn(decoding: &reader, documentCount: documentCount)
        }
        return columns
    }
}
