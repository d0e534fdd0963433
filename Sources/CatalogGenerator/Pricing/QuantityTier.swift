/// One quantity window of a tiered base price: `minQuantity...maxQuantity` (inclusive; `nil` max
/// = no upper bound) at `discountPercent` below the variant's single-unit price.
///
/// Tiers of one options value must start at 1 and follow each other without gaps or overlaps,
/// only the last may be open, so a cart quantity matches exactly one tier and a request with no
/// quantity (Medusa's `min_quantity <= 1` rule) sees the first.
public struct QuantityTier: Sendable, Hashable {
    public var minQuantity: Int
    public var maxQuantity: Int?
    public var discountPercent: Int

    public init(minQuantity: Int, maxQuantity: Int?, discountPercent: Int) {
        self.minQuantity = minQuantity
        self.maxQuantity = maxQuantity
        self.discountPercent = discountPercent
    }

    public static let defaults: [QuantityTier] = [
        QuantityTier(minQuantity: 1, maxQuantity: 9, discountPercent: 0),
        QuantityTier(minQuantity: 10, maxQuantity: 49, discountPercent: 8),
        QuantityTier(minQuantity: 50, maxQuantity: nil, discountPercent: 15),
    ]
}
