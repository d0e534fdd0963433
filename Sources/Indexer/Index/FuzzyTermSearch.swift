/// A term found within the allowed edit distance of a query word.
public struct FuzzyMatch: Sendable, Equatable {
    public var termID: UInt32
    /// Damerau–Levenshtein distance (adjacent transposition = 1) in Unicode scalars.
    public var distance: UInt8
}

/// Finds dictionary terms within a bounded Damerau–Levenshtein distance of a word, or — in prefix mode —
/// terms that have a prefix within that distance.
///
/// Walks the sorted dictionary like a trie: the dynamic-programming rows of the common prefix with the
/// previous term are reused, and a whole block of terms sharing a prefix is skipped (one binary search)
/// as soon as every cell of a row exceeds the bound. Distances count Unicode scalars, not bytes.
/// Terms longer than `maxTermScalars` are never typo-derived.
struct FuzzyTermSearch {
    static let maxTermScalars = 64

    let dictionary: TermDictionary
    let query: [UInt32]
    let maxDistance: Int
    let prefix: Bool

    private var rows: [Int32]
    private var prefixBest: [Int32]
    private var termScalars: [UInt32] = []
    private var termByteEnds: [Int] = []
    private var previousScalars: [UInt32] = []
    private var computedDepth = 0

    init(dictionary: TermDictionary, query: [UInt32], maxDistance: Int, prefix: Bool) {
        self.dictionary = dictionary
        self.query = query
        self.maxDistance = maxDistance
        self.prefix = prefix
        let width = query.count + 1
        rows = [Int32](repeating: 0, count: width * (Self.maxTermScalars + 1))
        for j in 0..<width { rows[j] = Int32(j) }
        prefixBest = [Int32](repeating: Int32(query.count), count: Self.maxTermScalars + 1)
    }

    /// Every match among the term ids in `ids`, in id order, stopping after `limit` matches.
    mutating func matches(in ids: Range<Int>, limit: Int) -> [FuzzyMatch] {
        var found: [FuzzyMatch] = []
        guard !query.isEmpty, maxDistance > 0 else { return found }
        let width = query.count + 1
        let bound = Int32(maxDistance)
        computedDepth = 0
        previousScalars.removeAll(keepingCapacity: true)
        var id = ids.lowerBound
        outer: while id < ids.upperBound {
            guard decodeTerm(id) else { id += 1; continue }
            var depth = commonPrefix()
            depth = min(depth, computedDepth)
            swap(&previousScalars, &termScalars)
            // `previousScalars` now holds this term; keep `termScalars` as scratch for the next decode.
            let length = previousScalars.count
            while depth < length {
                depth += 1
                let rowMin = fillRow(depth, width: width)
                prefixBest[depth] = min(prefixBest[depth - 1], rows[depth * width + width - 1])
                if rowMin > bound && !(prefix && prefixBest[depth] <= bound) {
                    // No term that starts with these `depth` scalars can come within the bound.
                    computedDepth = depth - 1
                    id = endOfBlock(startingAt: id, prefixByteCount: termByteEnds[depth - 1])
                    continue outer
                }
            }
            computedDepth = length
            let distance = prefix ? prefixBest[length] : rows[length * width + width - 1]
            if distance <= bound && distance > 0 {
                found.append(FuzzyMatch(termID: UInt32(id), distance: UInt8(distance)))
                if found.count >= limit { break }
            }
            id += 1
        }
        return found
    }

    /// Computes DP row `depth` from the rows above it; returns the row minimum.
    private mutating func fillRow(_ depth: Int, width: Int) -> Int32 {
        let scalar = previousScalars[depth - 1]
        let base = depth * width, above = (depth - 1) * width
        rows[base] = Int32(depth)
        var rowMin = rows[base]
        for j in 1..<width {
            let cost: Int32 = query[j - 1] == scalar ? 0 : 1
            var value = min(rows[above + j] + 1, rows[base + j - 1] + 1, rows[above + j - 1] + cost)
            if depth > 1, j > 1, query[j - 1] == previousScalars[depth - 2], query[j - 2] == scalar {
                value = min(value, rows[(depth - 2) * width + j - 2] + 1)
            }
            rows[base + j] = value
            rowMin = min(rowMin, value)
        }
        return rowMin
    }

    /// Decodes term `id` into `termScalars`; false when it is too long to typo-derive.
    private mutating func decodeTerm(_ id: Int) -> Bool {
        termScalars.removeAll(keepingCapacity: true)
        termByteEnds.removeAll(keepingCapacity: true)
        let range = dictionary.termRange(id)
        guard range.count <= 250 else { return false }
        var fits = true
        dictionary.bytes.withUnsafeBufferPointer { all in
            var iterator = UnsafeBufferPointer(rebasing: all[range]).makeIterator()
            var decoder = UTF8()
            var consumed = 0
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                consumed += UTF8.width(scalar)
                termScalars.append(scalar.value)
                termByteEnds.append(consumed)
                if termScalars.count > Self.maxTermScalars { fits = false; return }
            }
        }
        return fits
    }

    private func commonPrefix() -> Int {
        let n = min(previousScalars.count, termScalars.count)
        var i = 0
        while i < n && previousScalars[i] == termScalars[i] { i += 1 }
        return i
    }

    /// First id after `id` whose term does not start with the first `prefixByteCount` bytes of term `id`.
    private func endOfBlock(startingAt id: Int, prefixByteCount: Int) -> Int {
        let range = dictionary.termRange(id)
        let prefixBytes = Array(dictionary.bytes[range.lowerBound..<(range.lowerBound + prefixByteCount)])
        let block = prefixBytes.withUnsafeBufferPointer { dictionary.prefixRange($0) }
        return max(Int(block.upperBound), id + 1)
    }
}
