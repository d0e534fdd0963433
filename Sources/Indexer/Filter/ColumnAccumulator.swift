/// One attribute path's values while a segment's documents are being added; `build` sorts and freezes it.
struct ColumnAccumulator {
    let path: String
    private var stringIDs: [String: UInt32] = [:]
    private var idsByOriginal: [String: UInt32] = [:]
    private var normalized: [String] = []
    private var originals: [String] = []
    private var firstDocument: [UInt32] = []
    private var numberIDs: [Double: UInt32] = [:]
    private var numbers: [Double] = []
    /// `document << 32 | value`, where value is a string id or `numberFlag | number id`.
    private var pairs: [UInt64] = []
    private var exists: [UInt32] = []
    private var null: [UInt32] = []
    private var empty: [UInt32] = []
    private static let numberFlag: UInt32 = 1 << 31

    init(path: String) { self.path = path }

    mutating func markExists(_ document: UInt32) { Self.appendOnce(document, to: &exists) }
    mutating func markNull(_ document: UInt32) { Self.appendOnce(document, to: &null) }
    mutating func markEmpty(_ document: UInt32) { Self.appendOnce(document, to: &empty) }

    mutating func addString(_ original: String, document: UInt32) {
        let id: UInt32
        if let known = idsByOriginal[original] {
            id = known
        } else {
            let key = TextNormalizer.filterValue(original)
            guard !key.isEmpty else { return }
            if let known = stringIDs[key] {
                id = known
            } else {
                id = UInt32(normalized.count)
                stringIDs[key] = id
                normalized.append(key)
                originals.append(original)
                firstDocument.append(document)
            }
            idsByOriginal[original] = id
        }
        if document < firstDocument[Int(id)] {
            firstDocument[Int(id)] = document
            originals[Int(id)] = original
        }
        pairs.append(UInt64(document) << 32 | UInt64(id))
    }

    mutating func addNumber(_ value: Double, document: UInt32) {
        let value = value == 0 ? 0 : value
        let id: UInt32
        if let known = numberIDs[value] {
            id = known
        } else {
            id = UInt32(numbers.count)
            numberIDs[value] = id
            numbers.append(value)
        }
        pairs.append(UInt64(document) << 32 | UInt64(id | Self.numberFlag))
    }

    private static func appendOnce(_ document: UInt32, to list: inout [UInt32]) {
        if list.last != document { list.append(document) }
    }

    /// Freezes the column for a segment of `documentCount` documents; ids at or past it are dropped.
    func build(documentCount: Int) -> AttributeColumn {
        let limit = UInt32(clamping: documentCount)
        let stringOrder = normalized.indices.sorted { ByteOrder.precedes(normalized[$0], normalized[$1]) }
        let numberOrder = numbers.indices.sorted { numbers[$0] < numbers[$1] }
        var stringRank = [UInt32](repeating: 0, count: normalized.count)
        for (rank, id) in stringOrder.enumerated() { stringRank[id] = UInt32(rank) }
        var numberRank = [UInt32](repeating: 0, count: numbers.count)
        for (rank, id) in numberOrder.enumerated() { numberRank[id] = UInt32(stringOrder.count + rank) }

        // Unified value ids, then sorted by (document, value) without duplicates.
        var keys = pairs.compactMap { pair -> UInt64? in
            let document = UInt32(pair >> 32), raw = UInt32(truncatingIfNeeded: pair)
            guard document < limit else { return nil }
            let value = raw & Self.numberFlag != 0 ? numberRank[Int(raw & ~Self.numberFlag)] : stringRank[Int(raw)]
            return UInt64(document) << 32 | UInt64(value)
        }
        Self.sortByDocument(&keys)
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for key in keys where unique.last != key { unique.append(key) }

        let valueCount = stringOrder.count + numberOrder.count
        var documentOffsets = [UInt32](repeating: 0, count: documentCount + 1)
        var valueOffsets = [UInt32](repeating: 0, count: valueCount + 1)
        var documentValues = [UInt32](repeating: 0, count: unique.count)
        for (i, key) in unique.enumerated() {
            documentOffsets[Int(key >> 32) + 1] += 1
            valueOffsets[Int(UInt32(truncatingIfNeeded: key)) + 1] += 1
            documentValues[i] = UInt32(truncatingIfNeeded: key)
        }
        for i in 0..<documentCount { documentOffsets[i + 1] += documentOffsets[i] }
        for i in 0..<valueCount { valueOffsets[i + 1] += valueOffsets[i] }
        var cursor = valueOffsets
        var postings = [UInt32](repeating: 0, count: unique.count)
        for key in unique {
            let value = Int(UInt32(truncatingIfNeeded: key))
            postings[Int(cursor[value])] = UInt32(key >> 32)
            cursor[value] += 1
        }
        let stringCount = stringOrder.count
        let numberBase = valueOffsets[stringCount]
        let stringPostings = ValuePostings(offsets: Array(valueOffsets[0...stringCount]),
                                           documents: Array(postings[0..<Int(numberBase)]))
        let numberPostings = ValuePostings(offsets: valueOffsets[stringCount...].map { $0 - numberBase },
                                           documents: Array(postings[Int(numberBase)...]))
        return AttributeColumn(
            path: path,
            exists: Self.set(exists, below: limit), null: Self.set(null, below: limit), empty: Self.set(empty, below: limit),
            strings: stringOrder.map { normalized[$0] }, originals: stringOrder.map { originals[$0] },
            stringPostings: stringPostings,
            numbers: numberOrder.map { numbers[$0] }, numberPostings: numberPostings,
            documentValues: DocumentValueTable(offsets: documentOffsets, values: documentValues))
    }

    /// Sorts runs of one document when documents arrived in order, everything otherwise.
    private static func sortByDocument(_ keys: inout [UInt64]) {
        var start = 0
        var ordered = true
        for i in 1..<max(1, keys.count) where keys[i] >> 32 < keys[i - 1] >> 32 { ordered = false; break }
        guard ordered else { keys.sort(); return }
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] >> 32 == keys[start] >> 32 { end += 1 }
            if end - start > 1 { keys[start..<end].sort() }
            start = end
        }
    }

    private static func set(_ documents: [UInt32], below limit: UInt32) -> DocumentSet {
        var documents = documents.filter { $0 < limit }
        if zip(documents, documents.dropFirst()).contains(where: { $0 > $1 }) { documents.sort() }
        return DocumentSet(sortedIDs: documents)
    }
}
