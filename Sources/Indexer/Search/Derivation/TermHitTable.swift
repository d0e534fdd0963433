/// Maps a term id to the query terms it satisfies, for scanning a candidate's words quickly.
///
/// Open addressing over `UInt32` keys; each key chains to one or more `TermHit`s (a word can be a typo
/// of one query term and the exact form of another, or a word of a phrase). A 4,096-bit filter in front
/// answers "certainly not a query word" for most words of a document without probing the table.
struct TermHitTable: Sendable {
    private var filter = [UInt64](repeating: 0, count: 64)
    private var keys: [UInt32]
    private var heads: [Int32]
    private(set) var hits: [TermHit] = []
    private var next: [Int32] = []
    private let mask: Int

    init(expectedKeys: Int) {
        var size = 16
        while size < expectedKeys * 2 { size <<= 1 }
        keys = [UInt32](repeating: .max, count: size)
        heads = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    mutating func insert(_ term: UInt32, _ hit: TermHit) {
        let bit = Self.filterBit(term)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        var slot = Int(term &* 0x9E37_79B1) & mask
        while keys[slot] != .max && keys[slot] != term { slot = (slot + 1) & mask }
        keys[slot] = term
        hits.append(hit)
        next.append(heads[slot])
        heads[slot] = Int32(hits.count - 1)
    }

    @inline(__always)
    private static func filterBit(_ term: UInt32) -> Int { Int((term &* 0x85EB_CA6B) >> 20) }

    /// False when `term` is certainly not in the table (true may be a false positive).
    @inline(__always)
    func mayContain(_ term: UInt32) -> Bool {
        let bit = Self.filterBit(term)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Index of the first hit for `term`, or -1; follow with `nextHit(after:)`.
    @inline(__always)
    func firstHit(_ term: UInt32) -> Int32 {
        var slot = Int(term &* 0x9E37_79B1) & mask
        while true {
            let key = keys[slot]
            if key == term { return heads[slot] }
            if key == .max { return -1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func nextHit(after index: Int32) -> Int32 { next[Int(index)] }
}

/// What one dictionary word means for the query.
struct TermHit: Sendable {
    static let noPhrase: UInt16 = .max
    /// Index of the query term.
    var term: UInt8
    /// Typo cost (0, 1 or 2).
    var cost: UInt8
    /// True when this is the query's own word (not a typo, completion or synonym).
    var exact: Bool
    /// When this word belongs to a phrase alternative: its index in `SegmentQuery.phrases`.
    var phrase: UInt16 = TermHit.noPhrase
    /// Position of the word inside that phrase.
    var phraseWord: UInt8 = 0
}
