/// Interns strings (attributes, rule values, currencies, ids) as dense `UInt32` ids so the hot
/// path compares integers. Ids are never reused; a new book generation that adds strings copies
/// the table (copy-on-write), older generations keep theirs.
///
/// Lookups hash the string's UTF-8 bytes (``UTF8Hash``) into an open-addressing table whose
/// slots point into one contiguous byte arena: no `String` hashing or bridging, and usually two
/// cache lines per lookup (the slot and the stored bytes). The table is kept at most half full.
struct StringTable: Sendable {
    private(set) var strings: [String] = []
    /// UTF-8 of every interned string, back to back.
    private var arena: [UInt8] = []
    /// Power-of-two sized; an empty slot has `idPlusOne == 0`.
    private var slots: [StringTableSlot] = Array(repeating: StringTableSlot(), count: 8)

    var count: Int { strings.count }

    /// The id of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        if let id = id(of: string) { return id }
        let id = UInt32(strings.count)
        var text = string
        let hash = text.withUTF8 { UTF8Hash.hash(UnsafeRawBufferPointer($0)) }
        let start = arena.count
        arena.append(contentsOf: string.utf8)
        strings.append(string)
        if (strings.count) * 2 > slots.count { grow() }
        place(StringTableSlot(tag: UInt32(truncatingIfNeeded: hash >> 32), idPlusOne: id + 1,
                              start: UInt32(start), length: UInt32(arena.count - start)), hash: hash)
        return id
    }

    /// The id of `string`, nil when it was never interned.
    @inline(__always)
    func id(of string: String) -> UInt32? {
        var text = string
        return text.withUTF8 { id(ofUTF8: UnsafeRawBufferPointer($0)) }
    }

    /// The id of the string whose UTF-8 is `key`, nil when it was never interned.
    func id(ofUTF8 key: UnsafeRawBufferPointer) -> UInt32? {
        let hash = UTF8Hash.hash(key)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBytes { arena in
                let mask = slots.count - 1
                var i = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[i]
                    if slot.idPlusOne == 0 { return nil }
                    if slot.tag == tag && Int(slot.length) == key.count
                        && UTF8Hash.equal(UnsafeRawBufferPointer(rebasing: arena[Int(slot.start)..<Int(slot.start) + key.count]), key) {
                        return slot.idPlusOne - 1
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    subscript(id: UInt32) -> String { strings[Int(id)] }

    mutating func reserveCapacity(_ n: Int) {
        strings.reserveCapacity(n)
        while n * 2 > slots.count { grow() }
    }

    /// Doubles the slot array and re-places every entry (hashes recomputed from the arena).
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: StringTableSlot(), count: old.count * 2)
        for slot in old where slot.idPlusOne != 0 {
            let hash = arena.withUnsafeBytes {
                UTF8Hash.hash(UnsafeRawBufferPointer(rebasing: $0[Int(slot.start)..<Int(slot.start + slot.length)]))
            }
            place(slot, hash: hash)
        }
    }

    private mutating func place(_ slot: StringTableSlot, hash: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].idPlusOne != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }
}

/// One slot of a ``StringTable``: the upper half of the string's hash (to skip most byte
/// comparisons), its id + 1 (0 = empty) and where its bytes are in the arena.
struct StringTableSlot: Sendable {
    var tag: UInt32 = 0
    var idPlusOne: UInt32 = 0
    var start: UInt32 = 0
    var length: UInt32 = 0
}
