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
    /// Scalars of the path being walked, and the byte offset (within the term) after each.
    private var pathScalars: [UInt32] = []
    private var pathByteEnds: [Int] = []

    init(dictionary: TermDictionary, query: [UInt32], maxDistance: Int, prefix: Bool) {
        self.dictionary = dictionary
        self.query = query
        self.maxDistance = maxDistance
        self.prefix = prefix
        let width = query.count + 1
        // Cells outside a row's band stay at `maxDistance + 1`: their true distance is larger anyway.
        rows = [Int32](repeating: Int32(maxDistance + 1), count: width * (Self.maxTermScalars + 1))
        for j in 0..<width { rows[j] = Int32(j) }
        prefixBest = [Int32](repeating: Int32(query.count), count: Self.maxTermScalars + 1)
    }

    /// Every match among the term ids in `ids`, in id order, stopping after `limit` matches.
    mutating func matches(in ids: Range<Int>, limit: Int) -> [FuzzyMatch] {
        var found: [FuzzyMatch] = []
        guard !query.isEmpty, maxDistance > 0, !ids.isEmpty else { return found }
        let width = query.count + 1
        let bound = Int32(maxDistance)
        pathScalars.removeAll(keepingCapacity: true)
        pathByteEnds.removeAll(keepingCapacity: true)
        var previous = 0..<0
        var id = ids.lowerBound
        dictionary.bytes.withUnsafeBufferPointer { all in
            outer: while id < ids.upperBound {
                let range = dictionary.termRange(id)
                // Rows of the scalars this term shares, byte for byte, with the previous one stay valid.
                var common = 0
                let shortest = min(range.count, previous.count)
                while common < shortest && all[range.lowerBound + common] == all[previous.lowerBound + common] { common += 1 }
                var depth = pathScalars.count
                while depth > 0 && pathByteEnds[depth - 1] > common { depth -= 1 }
                pathScalars.removeSubrange(depth...)
                pathByteEnds.removeSubrange(depth...)
                previous = range
                guard range.count <= 250 else { id += 1; continue }
                var offset = depth == 0 ? 0 : pathByteEnds[depth - 1]
                while offset < range.count {
                    guard depth < Self.maxTermScalars else { id += 1; continue outer }
                    let (scalar, length) = Self.decodeScalar(all, at: range.lowerBound + offset)
                    offset += length
                    pathScalars.append(scalar)
                    pathByteEnds.append(offset)
                    depth += 1
                    let rowMin = fillRow(depth, width: width)
                    prefixBest[depth] = min(prefixBest[depth - 1], rows[depth * width + width - 1])
                    if rowMin > bound && !(prefix && prefixBest[depth] <= bound) {
                        // No term that starts with these `depth` scalars can come within the bound.
                        pathScalars.removeLast()
                        pathByteEnds.removeLast()
                        id = max(id + 1, dictionary.endOfPrefixBlock(from: id, prefixByteCount: offset))
                        continue outer
                    }
                }
                let distance = prefix ? prefixBest[depth] : rows[depth * width + width - 1]
                if distance <= bound && distance > 0 {
                    found.append(FuzzyMatch(termID: UInt32(id), distance: UInt8(distance)))
                    if found.count >= limit { break }
                }
                id += 1
            }
        }
        return found
    }

    /// Decodes the UTF-8 scalar starting at `index` (the dictionary holds valid UTF-8).
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Computes DP row `depth` from the rows above it; returns the row minimum (exact up to `maxDistance`,
    /// any larger value meaning "out of bound").
    ///
    /// Only the band of cells within `maxDistance` of the diagonal can hold a distance within the bound,
    /// so only those are computed (Ukkonen's cut-off); the others keep `maxDistance + 1` from `init`.
    private mutating func fillRow(_ depth: Int, width: Int) -> Int32 {
        let scalar = pathScalars[depth - 1]
        let base = depth * width, above = (depth - 1) * width
        let outOfBound = Int32(maxDistance + 1)
        rows[base] = min(Int32(depth), outOfBound)
        var rowMin = rows[base]
        let first = max(1, depth - maxDistance), last = min(width - 1, depth + maxDistance)
        guard first <= last else { return rowMin }
        for j in first...last {
            let cost: Int32 = query[j - 1] == scalar ? 0 : 1
            var value = min(rows[above + j] + 1, rows[base + j - 1] + 1, rows[above + j - 1] + cost)
            if depth > 1, j > 1, query[j - 1] == pathScalars[depth - 2], query[j - 2] == scalar {
                value = min(value, rows[(depth - 2) * width + j - 2] + 1)
            }
            value = min(value, outOfBound)
            rows[base + j] = value
            rowMin = min(rowMin, value)
        }
        return rowMin
    }

}
