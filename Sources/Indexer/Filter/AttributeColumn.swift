/// Everything one segment knows about one concrete attribute path (`brand`, `variant.color`) for
/// filtering, faceting and facet search.
///
/// String values are keyed by their filter normalization and sorted by UTF-8 bytes (the order of string
/// comparisons and facet listings); `originals[i]` is the spelling of the lowest document id carrying
/// `strings[i]`. Numbers are distinct `Double`s in ascending order. Value ids in `documentValues` are
/// `0..<strings.count` for strings and `strings.count + i` for `numbers[i]`. `exists`, `null` and `empty`
/// describe the value written directly at this path (`empty` = `""`, `[]` or `{}`).
final class AttributeColumn: Sendable {
    let path: String
    let exists: DocumentSet
    let null: DocumentSet
    let empty: DocumentSet
    let strings: [String]
    let originals: [String]
    let stringPostings: ValuePostings
    let numbers: [Double]
    let numberPostings: ValuePostings
    let documentValues: DocumentValueTable
    /// `searchFold` of each original spelling (facet search), and string ids sorted by those bytes.
    let folded: [[UInt8]]
    let foldedOrder: [Int32]

    init(path: String, exists: DocumentSet, null: DocumentSet, empty: DocumentSet,
         strings: [String], originals: [String], stringPostings: ValuePostings,
         numbers: [Double], numberPostings: ValuePostings, documentValues: DocumentValueTable) {
        self.path = path
        self.exists = exists
        self.null = null
        self.empty = empty
        self.strings = strings
        self.originals = originals
        self.stringPostings = stringPostings
        self.numbers = numbers
        self.numberPostings = numberPostings
        self.documentValues = documentValues
        let folded = originals.map { TextNormalizer.searchFoldBytes($0) }
        self.folded = folded
        foldedOrder = folded.indices.sorted { folded[$0].lexicographicallyPrecedes(folded[$1]) }.map { Int32($0) }
    }

    var hasValues: Bool { !strings.isEmpty || !numbers.isEmpty }

    // MARK: - Lookups

    /// Index of the first string `>= key` (`includingEqual`) or `> key`, in UTF-8 byte order.
    func stringBound(_ key: String, includingEqual: Bool) -> Int {
        var low = 0, high = strings.count
        while low < high {
            let mid = (low + high) / 2
            let before = includingEqual
                ? ByteOrder.precedes(strings[mid], key)
                : !ByteOrder.precedes(key, strings[mid])
            if before { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the first number `>= value` (`includingEqual`) or `> value`.
    func numberBound(_ value: Double, includingEqual: Bool) -> Int {
        var low = 0, high = numbers.count
        while low < high {
            let mid = (low + high) / 2
            if includingEqual ? numbers[mid] < value : numbers[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func stringIndex(of key: String) -> Int? {
        let i = stringBound(key, includingEqual: true)
        return i < strings.count && ByteOrder.equal(strings[i], key) ? i : nil
    }

    func numberIndex(of value: Double) -> Int? {
        let i = numberBound(value, includingEqual: true)
        return i < numbers.count && numbers[i] == value ? i : nil
    }

    /// String ids whose normalized value starts with `prefix`.
    func stringRange(withPrefix prefix: String) -> Range<Int> {
        let low = stringBound(prefix, includingEqual: true)
        func matches(_ i: Int) -> Bool { strings[i].utf8.starts(with: prefix.utf8) }
        // Gallop then bisect: the matching strings are contiguous from `low`.
        var lastMatch = low - 1, probe = low, step = 1
        while probe < strings.count, matches(probe) {
            lastMatch = probe
            probe += step
            step *= 2
        }
        var a = lastMatch + 1, b = min(probe, strings.count)
        while a < b {
            let mid = (a + b) / 2
            if matches(mid) { a = mid + 1 } else { b = mid }
        }
        return low..<a
    }

    var byteSize: Int {
        exists.byteSize + null.byteSize + empty.byteSize + stringPostings.byteSize + numberPostings.byteSize
            + documentValues.byteSize + numbers.count * 8 + foldedOrder.count * 4
            + strings.reduce(0) { $0 + $1.utf8.count + 16 } + originals.reduce(0) { $0 + $1.utf8.count + 16 }
            + folded.reduce(0) { $0 + $1.count + 32 }
    }
}
