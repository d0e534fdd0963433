/// Per term, the documents holding it in each attribute, split by the band of the term's first position
/// in that attribute (Meilisearch's word-position buckets: 0, 1, 2–4, 5–7, …), by whether it is the
/// attribute's first word and by whether it is the attribute's only word.
///
/// The ranking reads attribute-rank, word-position and exactness buckets from these bitmaps instead of
/// scanning every candidate's forward index. Built by `FieldPostingsBuilder` next to the term postings;
/// everything is plain arrays plus one `DocumentSet` per entry, so it can be serialised as it is.
struct FieldPostings: Sendable {
    /// Entries of term `t` are `starts[t]..<starts[t + 1]`, ordered by field, then band.
    let starts: [UInt32]
    /// Per entry: `field << 8 | leading << 7 | sole << 6 | band`, where `leading` is 1 when the term is
    /// the attribute's first word and `sole` when it is the attribute's only word.
    let keys: [UInt32]
    /// Per entry: the documents whose first occurrence of the term in the field falls in the band.
    let documents: [DocumentSet]

    static let empty = FieldPostings(starts: [0], keys: [], documents: [])

    /// Bands a position falls in; band 0 is exactly position 0 (the attribute starts with the word).
    static let bandCount = 11

    @inline(__always)
    static func band(_ position: UInt32) -> UInt32 { UInt32(RankingKeys.positionBucket(position)) }

    /// The entry indices of `term` (empty for a term the segment does not hold).
    @inline(__always)
    func entries(of term: UInt32) -> Range<Int> {
        guard Int(term) + 1 < starts.count else { return 0..<0 }
        return Int(starts[Int(term)])..<Int(starts[Int(term) + 1])
    }

    @inline(__always)
    func field(_ entry: Int) -> UInt32 { keys[entry] >> 8 }
    @inline(__always)
    func band(_ entry: Int) -> Int { Int(keys[entry] & 0x3F) }
    @inline(__always)
    func isLeading(_ entry: Int) -> Bool { keys[entry] & 0x80 != 0 }
    @inline(__always)
    func isSole(_ entry: Int) -> Bool { keys[entry] & 0x40 != 0 }

    var byteSize: Int { starts.count * 4 + keys.count * 4 + documents.reduce(0) { $0 + $1.byteSize + 16 } }
}

/// Collects `(term, field, band of first position)` for each document while a segment is built, then
/// freezes them, renumbered like the dictionary, into `FieldPostings`.
struct FieldPostingsBuilder {
    /// Per builder term id: `(field << 8 | band) << 32 | local`, appended in document order.
    private var pairs: [[UInt64]] = []
    /// Per builder term id: the attribute run (document, field) that last recorded it.
    private var lastRun: [UInt32] = []
    private var run: UInt32 = 0

    /// Adds one document's words (stop words included), sorted by field then position.
    mutating func add(local: UInt32, _ occurrences: ArraySlice<ForwardIndex.Occurrence>) {
        var field = UInt32.max
        var sole = false
        for (index, occurrence) in zip(occurrences.indices, occurrences) {
            let leading = occurrence.field != field
            if leading {
                field = occurrence.field
                run &+= 1
                sole = index + 1 == occurrences.endIndex || occurrences[index + 1].field != field
            }
            guard occurrence.term <= ForwardIndex.maxTermID else { continue }
            let term = Int(occurrence.term)
            while pairs.count <= term {
                pairs.append([])
                lastRun.append(0)
            }
            guard lastRun[term] != run else { continue }
            lastRun[term] = run
            let flags: UInt64 = (leading ? 0x80 : 0) | (leading && sole ? 0x40 : 0)
            let key = UInt64(min(field, ForwardIndex.maxFieldID)) << 8 | flags | UInt64(FieldPostings.band(occurrence.position))
            pairs[term].append(key << 32 | UInt64(local))
        }
    }

    /// Freezes the entries: `order` lists builder term ids in dictionary order (the new id is the index);
    /// `fieldMap`, when given, renumbers field ids (segments built in parallel meeting one registry).
    consuming func build(order: [UInt32], fieldMap: [UInt32]?) -> FieldPostings {
        var starts: [UInt32] = [0]
        var keys: [UInt32] = []
        var documents: [DocumentSet] = []
        starts.reserveCapacity(order.count + 1)
        var locals: [UInt32] = []
        for old in order {
            var list = Int(old) < pairs.count ? pairs[Int(old)] : []
            if Int(old) < pairs.count { pairs[Int(old)] = [] }
            if let fieldMap {
                for i in list.indices {
                    let key = list[i] >> 32, field = Int(key >> 8)
                    let mapped = field < fieldMap.count ? min(fieldMap[field], ForwardIndex.maxFieldID) : UInt32(field)
                    list[i] = (UInt64(mapped) << 8 | key & 0xFF) << 32 | list[i] & 0xFFFF_FFFF
                }
            }
            list.sort()
            var index = 0
            while index < list.count {
                let key = list[index] >> 32
                locals.removeAll(keepingCapacity: true)
                while index < list.count && list[index] >> 32 == key {
                    locals.append(UInt32(truncatingIfNeeded: list[index]))
                    index += 1
                }
                keys.append(UInt32(key))
                documents.append(DocumentSet(sortedIDs: locals))
            }
            starts.append(UInt32(keys.count))
        }
        return FieldPostings(starts: starts, keys: keys, documents: documents)
    }
}
