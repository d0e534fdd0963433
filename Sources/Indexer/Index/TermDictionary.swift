/// The sorted vocabulary of one segment: every indexed word, folded, as UTF-8 bytes.
///
/// Term ids are positions in byte-wise sorted order, so the words sharing a prefix form one contiguous id
/// range (`prefixRange`). All terms live in one contiguous byte buffer; looking a word up is a binary
/// search without allocation. Typo derivations come from `FuzzyTermSearch`.
public struct TermDictionary: Sendable {
    /// Concatenated term bytes.
    let bytes: [UInt8]
    /// `offsets[i]..<offsets[i+1]` is term `i` in `bytes`.
    let offsets: [UInt32]

    /// Builds the dictionary from terms already sorted byte-wise and unique.
    init(sortedUniqueTerms terms: [[UInt8]]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(terms.reduce(0) { $0 + $1.count })
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(terms.count + 1)
        for term in terms {
            bytes.append(contentsOf: term)
            offsets.append(UInt32(bytes.count))
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    public var count: Int { offsets.count - 1 }

    /// The bytes of term `id`.
    @inline(__always)
    func termRange(_ id: Int) -> Range<Int> { Int(offsets[id])..<Int(offsets[id + 1]) }

    public func term(_ id: UInt32) -> [UInt8] { Array(bytes[termRange(Int(id))]) }

    /// The id of `word`, if the dictionary holds it.
    public func lookup(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let index = lowerBound(word)
        guard index < count, compare(index, word) == 0 else { return nil }
        return UInt32(index)
    }

    public func lookup(_ word: [UInt8]) -> UInt32? { word.withUnsafeBufferPointer { lookup($0) } }

    /// Ids of every term that starts with `prefix` (the word itself included).
    public func prefixRange(_ prefix: UnsafeBufferPointer<UInt8>) -> Range<UInt32> {
        let start = lowerBound(prefix)
        var low = start, high = count
        while low < high {
            let mid = (low + high) >> 1
            if hasPrefix(mid, prefix) { low = mid + 1 } else { high = mid }
        }
        return UInt32(start)..<UInt32(low)
    }

    public func prefixRange(_ prefix: [UInt8]) -> Range<UInt32> { prefix.withUnsafeBufferPointer { prefixRange($0) } }

    /// The first id after `id` whose term does not share the first `prefixByteCount` bytes of term `id`
    /// (every term in between does: the dictionary is sorted).
    func endOfPrefixBlock(from id: Int, prefixByteCount: Int) -> Int {
        bytes.withUnsafeBufferPointer { all in
            let start = Int(offsets[id])
            let prefix = UnsafeBufferPointer(rebasing: all[start..<(start + prefixByteCount)])
            // Gallop: `inside` is known to share the prefix, `probe` is the next guess.
            var inside = id, step = 1, probe = id + 1
            while probe < count && hasPrefix(probe, prefix, all) {
                inside = probe
                step <<= 1
                probe = id + step
            }
            var low = inside + 1, high = min(probe, count)
            while low < high {
                let mid = (low + high) >> 1
                if hasPrefix(mid, prefix, all) { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    @inline(__always)
    private func hasPrefix(_ id: Int, _ prefix: UnsafeBufferPointer<UInt8>, _ all: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start >= prefix.count else { return false }
        var i = 0
        while i < prefix.count {
            if all[start + i] != prefix[i] { return false }
            i += 1
        }
        return true
    }

    /// First id whose term is not less than `word`.
    func lowerBound(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) >> 1
            if compare(mid, word) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Byte-wise three-way comparison of term `id` with `word`.
    @inline(__always)
    func compare(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Int {
        let range = termRange(id)
        return bytes.withUnsafeBufferPointer { all in
            let length = min(range.count, word.count)
            var i = 0
            while i < length {
                let a = all[range.lowerBound + i], b = word[i]
                if a != b { return a < b ? -1 : 1 }
                i += 1
            }
            return range.count == word.count ? 0 : (range.count < word.count ? -1 : 1)
        }
    }

    @inline(__always)
    func hasPrefix(_ id: Int, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = termRange(id)
        guard range.count >= prefix.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var i = 0
            while i < prefix.count {
                if all[range.lowerBound + i] != prefix[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Bytes held by the dictionary.
    public var byteSize: Int { bytes.count + offsets.count * 4 }
}
