/// A priced cart: every line's unit price, compare-at price and exact line total, and the cart
/// totals. Amounts are exact; `presented*` values are rounded to the currency's minor unit
/// (ISO 4217 exponent, see ``CurrencyExponent``) with the configured ``RoundingRule`` — the
/// presented subtotal rounds the exact sum, it is not the sum of rounded lines.
///
/// Lines that cannot be priced (unknown variant, no eligible price) are kept with their status
/// and excluded from the totals; ``isComplete`` is false then, or when a quantity rule is broken.
public struct CartPricing: Sendable, Hashable {
    public let currencyCode: String
    /// Minor-unit exponent used for presented amounts.
    public let currencyExponent: Int
    public let lines: [PricedCartLine]
    /// Σ line totals of priced lines (exact).
    public let subtotal: ExactDecimal
    /// Σ compare-at line totals (compare-at price × quantity where the line has one, else the
    /// line total): what the cart would cost without sale prices.
    public let compareAtSubtotal: ExactDecimal
    public let presentedSubtotal: ExactDecimal
    public let presentedCompareAtSubtotal: ExactDecimal

    /// Every line priced and no quantity rule broken.
    public var isComplete: Bool {
        lines.allSatisfy { $0.status == .priced && $0.quantityViolations.isEmpty }
    }
}

/// One line of a ``CartPricing``.
public struct PricedCartLine: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case priced
        /// The variant is not in the book (or has no price set).
        case unknownVariant = "unknown_variant"
        /// The variant's price set has no eligible price for this context and quantity.
        case noPrice = "no_price"
    }

    /// Position in the request.
    public let index: Int
    public let variantId: String
    public let quantity: Int64
    public let status: Status
    /// The resolved price set at the tier quantity (nil unless priced); its strings are built on
    /// each read (see ``CartLineChoice``), so read it once per line.
    public var price: CalculatedPriceSet? { choice?.calculatedPriceSet() }
    /// The chosen prices as positions in the book (nil unless priced).
    let choice: CartLineChoice?
    /// The quantity that selected the tier (line, variant or product total).
    public let tierQuantity: Int64
    public let tierAggregation: TierAggregation
    public let tierPricing: TierPricing
    /// Unit price (Medusa's `unit_price`); nil for a graduated line spread over several bands.
    public let unitPrice: ExactDecimal?
    /// Medusa's `compare_at_unit_price`: the original price when the calculated price comes from
    /// a sale list and differs from it; nil otherwise.
    public let compareAtUnitPrice: ExactDecimal?
    /// Exact line total (nil unless priced).
    public let total: ExactDecimal?
    public let presentedTotal: ExactDecimal?
    /// Graduated lines: the units of this line per band (empty for volume pricing).
    public let bands: [GraduatedBand]
    public let isTaxInclusive: Bool
    /// Broken quantity rules of the variant (the line is priced anyway).
    public let quantityViolations: [QuantityViolation]
    /// Next cheaper tier, when requested by ``CartPricingOptions/includeTierHints``.
    public let nextTier: TierHint?
}

/// Units of a graduated line that fall in one band of the tier ladder.
public struct GraduatedBand: Sendable, Hashable {
    /// First and last unit position of the band covered by this line (positions count across the
    /// aggregation group: for per-product tiers, earlier lines of the product come first).
    public let fromUnit: Int64
    public let toUnit: Int64
    public let unitAmount: ExactDecimal
    public let priceId: String
    public var units: Int64 { toUnit - fromUnit + 1 }
}
