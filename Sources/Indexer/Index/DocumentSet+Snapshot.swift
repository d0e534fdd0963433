import CRoaring

/// Snapshot coding of a document set: CRoaring's portable serialization, length-prefixed.
extension DocumentSet {
    func encode(into writer: inout ByteWriter) {
        let size = roaring_bitmap_portable_size_in_bytes(raw)
        writer.varint(size)
        let start = writer.bytes.count
        writer.bytes.append(contentsOf: repeatElement(0, count: size))
        writer.bytes.withUnsafeMutableBytes { all in
            _ = roaring_bitmap_portable_serialize(raw, (all.baseAddress! + start).assumingMemoryBound(to: CChar.self))
        }
    }

    /// Decodes a set whose ids must all be below `universe` (a segment's document count).
    convenience init(decoding reader: inout ByteReader, universe: Int) throws(SnapshotError) {
        let length = try reader.count(limit: Int(Int32.max))
        let bitmap = try reader.block(length) { bytes throws(SnapshotError) in
            guard let base = bytes.baseAddress,
                  let bitmap = roaring_bitmap_portable_deserialize_safe(base.assumingMemoryBound(to: CChar.self), bytes.count) else {
                throw SnapshotError("invalid document set")
            }
            guard roaring_bitmap_portable_size_in_bytes(bitmap) == length, Self.isWellFormed(bitmap, universe: universe) else {
                roaring_bitmap_free(bitmap)
                throw SnapshotError("document set does not fit its \(length) bytes and \(universe) documents")
            }
            return bitmap
        }
        self.init(taking: bitmap)
    }

    /// Whether the bitmap's ids, as its iterator yields them, are strictly ascending, below `universe`
    /// and as many as its cardinality says: CRoaring's safe deserializer checks sizes, not contents, and
    /// a bitmap breaking these would make later operations read past arrays.
    private static func isWellFormed(_ bitmap: UnsafeMutablePointer<roaring_bitmap_t>, universe: Int) -> Bool {
        let claimed = Int(roaring_bitmap_get_cardinality(bitmap))
        guard claimed <= universe else { return false }
        var iterator = roaring_uint32_iterator_t()
        roaring_init_iterator(bitmap, &iterator)
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 256) { buffer in
            var seen = 0, lowest = 0
            while true {
                let read = Int(roaring_read_uint32_iterator(&iterator, buffer.baseAddress, 256))
                if read == 0 { return seen == claimed }
                seen += read
                guard seen <= claimed else { return false }
                for value in buffer[0..<read] {
                    guard Int(value) >= lowest, Int(value) < universe else { return false }
                    lowest = Int(value) + 1
                }
            }
        }
    }

    static func encode(_ sets: [DocumentSet], into writer: inout ByteWriter) {
        writer.varint(sets.count)
        for set in sets { set.encode(into: &writer) }
    }

    /// Sets written by `encode(_:into:)`, exactly `count` of them.
    static func decodeArray(_ reader: inout ByteReader, count expected: Int, universe: Int, _ what: String) throws(SnapshotError) -> [DocumentSet] {
        try SnapshotCheck.count(try reader.count(), expected, what)
        var sets: [DocumentSet] = []
        sets.reserveCapacity(expected)
        for _ in 0..<expected { sets.append(try DocumentSet(decoding: &reader, universe: universe)) }
        return sets
    }
}
