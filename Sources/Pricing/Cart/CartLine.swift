/// One cart line to price: a variant and a quantity (`1...PricingLimits.maxQuantity`).
/// Several lines may name the same variant; how their quantities combine for tiers is the
/// price's ``TierAggregation``.
public struct CartLine: Sendable, Hashable {
    public var variantId: String
    public var quantity: Int64

    public init(variantId: String, quantity: Int64) {
        self.variantId = variantId
        self.quantity = quantity
    }
}

/// Per-request options of ``PriceBook/priceCart(lines:context:options:at:)``.
public struct CartPricingOptions: Sendable, Hashable {
    /// Attach a ``TierHint`` ("from 10 units: 8.50 each") to every line whose price gets lower
    /// with more units. Costs a tier-ladder evaluation per line.
    public var includeTierHints: Bool

    public init(includeTierHints: Bool = false) {
        self.includeTierHints = includeTierHints
    }
}
