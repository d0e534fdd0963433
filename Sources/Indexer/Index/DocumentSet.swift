import CRoaring

/// A set of document ids (segment-local `UInt32`s) held in a CRoaring bitmap.
///
/// Value semantics on top of a reference: a `DocumentSet` is immutable once built and can be shared
/// between threads; every operation returns a new set. Mutation is only possible through
/// `DocumentSet.Builder`, which owns its bitmap exclusively until `build()` hands it over.
public final class DocumentSet: @unchecked Sendable {
    let raw: UnsafeMutablePointer<roaring_bitmap_t>

    init(taking raw: UnsafeMutablePointer<roaring_bitmap_t>) {
        self.raw = raw
    }

    deinit { roaring_bitmap_free(raw) }

    /// The empty set.
    public static let empty = DocumentSet(taking: roaring_bitmap_create())

    /// A set holding every id in `range`.
    public convenience init(range: Range<UInt32>) {
        let bitmap = roaring_bitmap_create()!
        if !range.isEmpty { roaring_bitmap_add_range_closed(bitmap, range.lowerBound, range.upperBound - 1) }
        self.init(taking: bitmap)
    }

    /// A set holding `ids`, which must be sorted ascending (duplicates allowed).
    public convenience init(sortedIDs ids: [UInt32]) {
        let bitmap = roaring_bitmap_create_with_capacity(0)!
        ids.withUnsafeBufferPointer { roaring_bitmap_add_many(bitmap, $0.count, $0.baseAddress) }
        roaring_bitmap_run_optimize(bitmap)
        roaring_bitmap_shrink_to_fit(bitmap)
        self.init(taking: bitmap)
    }

    public var count: Int { Int(roaring_bitmap_get_cardinality(raw)) }
    public var isEmpty: Bool { roaring_bitmap_is_empty(raw) }
    public func contains(_ id: UInt32) -> Bool { roaring_bitmap_contains(raw, id) }
    /// Bytes the bitmap occupies in memory (approximately its serialized size).
    public var byteSize: Int { roaring_bitmap_size_in_bytes(raw) }

    public func intersection(_ other: DocumentSet) -> DocumentSet {
        DocumentSet(taking: roaring_bitmap_and(raw, other.raw))
    }
    public func union(_ other: DocumentSet) -> DocumentSet {
        DocumentSet(taking: roaring_bitmap_or(raw, other.raw))
    }
    public func subtracting(_ other: DocumentSet) -> DocumentSet {
        DocumentSet(taking: roaring_bitmap_andnot(raw, other.raw))
    }
    public func intersects(_ other: DocumentSet) -> Bool { roaring_bitmap_intersect(raw, other.raw) }
    public func intersectionCount(_ other: DocumentSet) -> Int {
        Int(roaring_bitmap_and_cardinality(raw, other.raw))
    }

    /// The union of many sets in one pass (cheaper than folding `union`).
    public static func union(_ sets: [DocumentSet]) -> DocumentSet {
        switch sets.count {
        case 0: return .empty
        case 1: return sets[0]
        default:
            var pointers: [UnsafePointer<roaring_bitmap_t>?] = sets.map { UnsafePointer($0.raw) }
            let result = pointers.withUnsafeMutableBufferPointer {
                roaring_bitmap_or_many($0.count, $0.baseAddress)
            }
            return DocumentSet(taking: result!)
        }
    }

    /// The ids in ascending order.
    public func sortedIDs() -> [UInt32] {
        let n = count
        return [UInt32](unsafeUninitializedCapacity: n) { buffer, initialized in
            roaring_bitmap_to_uint32_array(raw, buffer.baseAddress)
            initialized = n
        }
    }

    /// Calls `body` with ids in ascending order, in chunks, until it returns `false`.
    public func forEachChunk(_ body: (UnsafeBufferPointer<UInt32>) -> Bool) {
        var iterator = roaring_uint32_iterator_t()
        roaring_init_iterator(raw, &iterator)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 256) { buffer in
            while true {
                let read = Int(roaring_read_uint32_iterator(&iterator, buffer.baseAddress, 256))
                if read == 0 { return }
                if !body(UnsafeBufferPointer(rebasing: buffer[0..<read])) { return }
            }
        }
    }

    /// Collects ids into a mutable builder seeded with this set's content.
    public func makeBuilder() -> Builder { Builder(copying: self) }

    /// Exclusive, mutable bitmap under construction; `build()` freezes it into a `DocumentSet`.
    public struct Builder: ~Copyable {
        private var raw: UnsafeMutablePointer<roaring_bitmap_t>?

        public init() { raw = roaring_bitmap_create() }
        init(copying set: DocumentSet) { raw = roaring_bitmap_copy(set.raw) }
        deinit { if let raw { roaring_bitmap_free(raw) } }

        public mutating func insert(_ id: UInt32) { roaring_bitmap_add(raw, id) }
        public mutating func remove(_ id: UInt32) { roaring_bitmap_remove(raw, id) }
        public mutating func formUnion(_ other: DocumentSet) { roaring_bitmap_or_inplace(raw, other.raw) }
        public mutating func subtract(_ other: DocumentSet) { roaring_bitmap_andnot_inplace(raw, other.raw) }

        public consuming func build() -> DocumentSet {
            let bitmap = raw!
            raw = nil
            roaring_bitmap_run_optimize(bitmap)
            roaring_bitmap_shrink_to_fit(bitmap)
            return DocumentSet(taking: bitmap)
        }
    }
}
