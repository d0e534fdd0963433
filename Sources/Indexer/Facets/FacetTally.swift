/// Counting the values of one segment's columns over a candidate set, walking documents not values.
enum FacetTally {
    /// Non-zero counts per distinct value of `columns` (one attribute and the paths nested under it).
    /// A document counts once per distinct value even when several columns carry it. `ordered` says the
    /// entries already come numbers ascending, then strings in byte order (true for a single column).
    static func entries(of columns: [AttributeColumn], documentCount: Int, candidates: DocumentSet) -> (entries: [FacetEntry], ordered: Bool) {
        guard !columns.isEmpty, !candidates.isEmpty else { return ([], true) }
        if columns.count == 1 { return (single(columns[0], documentCount: documentCount, candidates: candidates), true) }

        // Several columns: give each distinct key one slot, stamp slots per document to count it once.
        var slotOfKey: [FacetKey: Int32] = [:]
        var entries: [FacetEntry] = []
        let mappings: [[Int32]] = columns.map { column in
            (0..<(column.strings.count + column.numbers.count)).map { value in
                let entry = describe(column, value, count: 0)
                if let slot = slotOfKey[entry.key] { return slot }
                let slot = Int32(entries.count)
                slotOfKey[entry.key] = slot
                entries.append(entry)
                return slot
            }
        }
        var stamp = [UInt32](repeating: UInt32.max, count: entries.count)
        candidates.forEachChunk { chunk in
            for document in chunk {
                for (column, mapping) in zip(columns, mappings) {
                    for value in column.documentValues.values(of: document) {
                        let slot = Int(mapping[Int(value)])
                        if stamp[slot] != document {
                            stamp[slot] = document
                            entries[slot].count += 1
                        }
                    }
                }
            }
            return true
        }
        return (entries.filter { $0.count > 0 }, false)
    }

    /// One column: intersect bitmaps when there are few, big values; otherwise walk the candidates, or,
    /// when they are most of the segment, walk the others and subtract from the full counts.
    private static func single(_ column: AttributeColumn, documentCount: Int, candidates: DocumentSet) -> [FacetEntry] {
        let stringCount = column.strings.count
        var counts = [Int32](repeating: 0, count: stringCount + column.numbers.count)
        let containers = documentCount >> 16 + 1
        if column.stringPostings.allMaterialized, column.numberPostings.allMaterialized,
           counts.count * containers * 64 < candidates.count {
            for value in counts.indices {
                counts[value] = Int32(value < stringCount
                    ? column.stringPostings.count(of: value, in: candidates)
                    : column.numberPostings.count(of: value - stringCount, in: candidates))
            }
            return entries(column, counts)
        }
        let walkComplement = candidates.count * 2 > documentCount
        let walked = walkComplement
            ? DocumentSet(range: 0..<UInt32(clamping: documentCount)).subtracting(candidates)
            : candidates
        let table = column.documentValues
        table.offsets.withUnsafeBufferPointer { offsets in
            table.values.withUnsafeBufferPointer { values in
                counts.withUnsafeMutableBufferPointer { counts in
                    walked.forEachChunk { chunk in
                        for document in chunk where Int(document) + 1 < offsets.count {
                            var k = Int(offsets[Int(document)])
                            let end = Int(offsets[Int(document) + 1])
                            while k < end {
                                counts[Int(values[k])] &+= 1
                                k += 1
                            }
                        }
                        return true
                    }
                }
            }
        }
        if walkComplement {
            for value in counts.indices {
                let total = value < stringCount
                    ? column.stringPostings.documentCount(of: value)
                    : column.numberPostings.documentCount(of: value - stringCount)
                counts[value] = Int32(total) - counts[value]
            }
        }
        return entries(column, counts)
    }

    /// Entries for non-zero counts: numbers ascending, then strings in byte order.
    private static func entries(_ column: AttributeColumn, _ counts: [Int32]) -> [FacetEntry] {
        let stringCount = column.strings.count
        var entries: [FacetEntry] = []
        for value in stringCount..<counts.count where counts[value] > 0 {
            entries.append(describe(column, value, count: Int(counts[value])))
        }
        for value in 0..<stringCount where counts[value] > 0 {
            entries.append(describe(column, value, count: Int(counts[value])))
        }
        return entries
    }

    private static func describe(_ column: AttributeColumn, _ value: Int, count: Int) -> FacetEntry {
        if value < column.strings.count {
            return FacetEntry(key: .string(column.strings[value]), original: column.originals[value], count: count)
        }
        return FacetEntry(key: .number(column.numbers[value - column.strings.count]), original: "", count: count)
    }
}
