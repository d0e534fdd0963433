/// Structural checks of decoded snapshot arrays: whatever a damaged payload holds, a value that passes
/// them cannot make a lookup read out of bounds.
enum SnapshotCheck {
    /// `offsets` delimits `count` runs of a `total`-element array: `count + 1` entries from 0 to `total`,
    /// never decreasing.
    static func offsets<T: BinaryInteger>(_ offsets: [T], count: Int, total: Int, _ what: String) throws(SnapshotError) {
        guard offsets.count == count + 1, offsets.first == 0, offsets.last.map(Int.init) == total else {
            throw SnapshotError("\(what): offsets do not delimit \(count) runs of \(total) elements")
        }
        let ordered = offsets.withUnsafeBufferPointer { all in
            var index = 1
            while index < all.count {
                if all[index] < all[index - 1] { return false }
                index += 1
            }
            return true
        }
        guard ordered else { throw SnapshotError("\(what): offsets decrease") }
    }

    /// Every value is below `limit`.
    static func below(_ values: [UInt32], _ limit: Int, _ what: String) throws(SnapshotError) {
        let largest = values.withUnsafeBufferPointer { all in all.reduce(0) { max($0, $1) } }
        guard values.isEmpty || Int(largest) < limit else { throw SnapshotError("\(what): value \(largest) out of range (< \(limit))") }
    }

    static func count(_ found: Int, _ expected: Int, _ what: String) throws(SnapshotError) {
        guard found == expected else { throw SnapshotError("\(what): \(found) entries, expected \(expected)") }
    }
}
