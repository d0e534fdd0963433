/// A dense number for a product variant id, for callers (the search index) that price many
/// variants per request and should not hash id strings each time.
///
/// Get one with ``PriceBook/variantHandle(for:)`` when a document is indexed, store its
/// `rawValue`, and price hits with ``PriceBook/resolveBatch(handles:context:at:)``.
/// - Handles are stable across the generations derived with ``PriceBook/applying(_:)``: variant
///   ids are only ever added, so a handle keeps naming the same variant (if its price-set link is
///   removed, resolving it gives nil).
/// - A variant first seen in a later generation gets a new handle: look it up again after an update.
/// - A handle from an unrelated book, or a made-up number, resolves to nil or to another variant's
///   price; it never traps.
public struct VariantHandle: Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }
}

extension PriceBook {
    /// The handle of a variant id, nil when no `product_variant_price_set` or `product_variant`
    /// row ever named it in this book's lineage.
    public func variantHandle(for variantId: String) -> VariantHandle? {
        variants.id(of: variantId).map(VariantHandle.init(rawValue:))
    }

    /// Number of variant ids known (handles are `0 ..< variantCount`).
    public var variantCount: Int { variants.count }

    /// Dense price set index of a variant handle, nil when out of range, unlinked or unknown.
    @inline(__always)
    func priceSetIndex(ofHandle handle: UInt32) -> Int? {
        let h = Int(handle)
        guard h < variantSets.count else { return nil }
        let s = Int(variantSets[h])
        guard s >= 0, priceSetKnown[s] else { return nil }
        return s
    }
}
