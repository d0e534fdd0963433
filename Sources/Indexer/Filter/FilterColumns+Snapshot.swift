/// Snapshot coding of a segment's filter columns: per attribute path its presence sets, sorted values,
/// value postings and document-major value table (integer arrays raw). The value postings' unions and
/// the facet-search folds are derived again on decoding.
extension FilterColumns {
    func encode(into writer: inout ByteWriter) {
        writer.varint(documentCount)
        writer.varint(columns.count)
        for column in columns { column.encode(into: &writer) }
    }

    init(decoding reader: inout ByteReader, documentCount: Int) throws(SnapshotError) {
        try SnapshotCheck.count(try reader.count(), documentCount, "filter columns documents")
        let count = try reader.count(limit: 1 << 20)
        var columns: [AttributeColumn] = []
        for _ in 0..<count { columns.append(try AttributeColumn(decoding: &reader, documentCount: documentCount)) }
        self.init(documentCount: documentCount, columns: columns)
    }
}

extension AttributeColumn {
    func encode(into writer: inout ByteWriter) {
        writer.string(path)
        for set in [exists, null, empty] { set.encode(into: &writer) }
        writer.strings(strings)
        writer.strings(originals)
        stringPostings.encode(into: &writer)
        writer.rawArray(numbers)
        numberPostings.encode(into: &writer)
        writer.rawArray(documentValues.offsets)
        writer.rawArray(documentValues.values)
    }

    convenience init(decoding reader: inout ByteReader, documentCount: Int) throws(SnapshotError) {
        let path = try reader.string()
        let exists = try DocumentSet(decoding: &reader, universe: documentCount)
        let null = try DocumentSet(decoding: &reader, universe: documentCount)
        let empty = try DocumentSet(decoding: &reader, universe: documentCount)
        let strings = try reader.strings(), originals = try reader.strings()
        try SnapshotCheck.count(originals.count, strings.count, "filter column `\(path)` spellings")
        let stringPostings = try ValuePostings(decoding: &reader, valueCount: strings.count, documentCount: documentCount)
        let numbers: [Double] = try reader.rawArray()
        let numberPostings = try ValuePostings(decoding: &reader, valueCount: numbers.count, documentCount: documentCount)
        let offsets: [UInt32] = try reader.rawArray(), values: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(offsets, count: documentCount, total: values.count, "filter column `\(path)` values")
        try SnapshotCheck.below(values, strings.count + numbers.count, "filter column `\(path)` values")
        self.init(path: path, exists: exists, null: null, empty: empty, strings: strings, originals: originals,
                  stringPostings: stringPostings, numbers: numbers, numberPostings: numberPostings,
                  documentValues: DocumentValueTable(offsets: offsets, values: values))
    }
}

extension ValuePostings {
    func encode(into writer: inout ByteWriter) {
        writer.rawArray(offsets)
        writer.rawArray(documents)
    }

    init(decoding reader: inout ByteReader, valueCount: Int, documentCount: Int) throws(SnapshotError) {
        let offsets: [UInt32] = try reader.rawArray(), documents: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(offsets, count: valueCount, total: documents.count, "value postings")
        try SnapshotCheck.below(documents, documentCount, "value postings")
        self.init(offsets: offsets, documents: documents)
    }
}
