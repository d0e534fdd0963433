/// Assigns dense ids to words while a segment is built, without allocating per occurrence.
///
/// Words are stored once in a contiguous byte buffer; an open-addressing table of ids answers lookups.
/// Ids are in order of first appearance; `sortedOrder()` gives the byte-wise order the dictionary uses.
struct TermInterner {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [UInt32] = [0]
    private var hashes: [UInt32] = []
    private var table: [UInt32]
    private var mask: Int

    init(capacity: Int = 1 << 16) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        table = [UInt32](repeating: .max, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    func word(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(offsets[id])..<Int(offsets[id + 1])] }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while true {
            let id = table[slot]
            if id == .max { break }
            if hashes[Int(id)] == hash && equals(Int(id), word) { return id }
            slot = (slot + 1) & mask
        }
        let id = UInt32(count)
        bytes.append(contentsOf: word)
        offsets.append(UInt32(bytes.count))
        hashes.append(hash)
        table[slot] = id
        if count * 2 > table.count { grow() }
        return id
    }

    /// The id of `word` if it was interned, without adding it.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while true {
            let id = table[slot]
            if id == .max { return nil }
            if hashes[Int(id)] == hash && equals(Int(id), word) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// Term ids sorted byte-wise by their words.
    func sortedOrder() -> [UInt32] {
        var order = (0..<UInt32(count)).map { $0 }
        bytes.withUnsafeBufferPointer { all in
            order.sort { a, b in
                let ra = Int(offsets[Int(a)])..<Int(offsets[Int(a) + 1])
                let rb = Int(offsets[Int(b)])..<Int(offsets[Int(b) + 1])
                return UnsafeBufferPointer(rebasing: all[ra]).lexicographicallyPrecedes(UnsafeBufferPointer(rebasing: all[rb]))
            }
        }
        return order
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var i = 0
            while i < word.count {
                if all[start + i] != word[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        table = [UInt32](repeating: .max, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(hashes[id]) & mask
            while table[slot] != .max { slot = (slot + 1) & mask }
            table[slot] = UInt32(id)
        }
    }

    /// FNV-1a, folded to 32 bits.
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
