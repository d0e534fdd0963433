/// Loupe's pricing configuration: the B2B options that Medusa's tables have no column for.
///
/// Everything here is keyed by Medusa ids — price list id for list behaviour, variant id for
/// quantity rules — and is applied when the book is built (changing it means building a new
/// generation). With the defaults, Loupe behaves exactly like Medusa v2.18.
public struct PricingConfiguration: Sendable, Equatable {
    /// Per price list id: priority, tier aggregation and tier pricing of that list's prices.
    public var priceLists: [String: PriceListSettings]
    /// Tier aggregation for base prices and lists without their own setting (Medusa: `.line`).
    public var defaultTierAggregation: TierAggregation
    /// Tier pricing for base prices and lists without their own setting (Medusa: `.volume`).
    public var defaultTierPricing: TierPricing
    /// Per variant id: minimum, maximum and increment of a cart line's quantity.
    public var quantityRules: [String: QuantityRule]
    /// Minor-unit exponent overrides by lower-case currency code (e.g. `"eth": 8`).
    public var currencyExponents: [String: Int]
    /// How presented totals are rounded to the currency's minor unit.
    public var rounding: RoundingRule

    public init(priceLists: [String: PriceListSettings] = [:],
                defaultTierAggregation: TierAggregation = .line,
                defaultTierPricing: TierPricing = .volume,
                quantityRules: [String: QuantityRule] = [:],
                currencyExponents: [String: Int] = [:],
                rounding: RoundingRule = .halfAwayFromZero) {
        self.priceLists = priceLists
        self.defaultTierAggregation = defaultTierAggregation
        self.defaultTierPricing = defaultTierPricing
        self.quantityRules = quantityRules
        self.currencyExponents = currencyExponents
        self.rounding = rounding
    }

    /// Checks every value; throws `PricingError.invalidConfiguration` naming the first bad field.
    public func validate() throws(PricingError) {
        for (variantId, rule) in quantityRules {
            try rule.validate(field: "quantity_rules.\(variantId)")
        }
        for (code, exponent) in currencyExponents where !(0...18).contains(exponent) {
            throw .invalidConfiguration(field: "currency_exponents.\(code)", reason: "must be between 0 and 18")
        }
    }
}

/// Loupe settings of one price list (configuration keyed by the list's id).
public struct PriceListSettings: Sendable, Equatable {
    /// Explicit rank between price lists; higher wins. Compared before specificity (rules count)
    /// and amount. Lists without a setting have priority 0, so an all-default configuration keeps
    /// Medusa's order.
    public var priority: Int32
    /// How cart quantities are added up to pick this list's tier (nil: the configuration default).
    public var tierAggregation: TierAggregation?
    /// Volume or graduated tiers for this list's prices (nil: the configuration default).
    public var tierPricing: TierPricing?

    public init(priority: Int32 = 0, tierAggregation: TierAggregation? = nil, tierPricing: TierPricing? = nil) {
        self.priority = priority
        self.tierAggregation = tierAggregation
        self.tierPricing = tierPricing
    }
}

/// Which quantity selects a price's tier (its `min_quantity`/`max_quantity` window) in a cart.
public enum TierAggregation: String, Sendable, Hashable, CaseIterable {
    /// The line's own quantity (Medusa).
    case line
    /// The sum over all cart lines of the same variant.
    case variant
    /// The sum over all cart lines of variants of the same product (mix-and-match).
    case product
}

/// How a tiered price turns a quantity into a line total.
public enum TierPricing: String, Sendable, Hashable, CaseIterable {
    /// Every unit at the price of the tier the quantity reaches (Medusa).
    case volume
    /// Each unit at the price of the band it falls in ("first 9 at 10.00, the rest at 8.50").
    case graduated
}

/// Quantity constraints for one variant (Shopify-style quantity rules). A cart line that breaks
/// them is still priced and reports each ``QuantityViolation``.
public struct QuantityRule: Sendable, Equatable {
    public var minimum: Int64?
    public var maximum: Int64?
    /// Quantities must be multiples of this (counted from 0).
    public var increment: Int64?

    public init(minimum: Int64? = nil, maximum: Int64? = nil, increment: Int64? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.increment = increment
    }

    func validate(field: String) throws(PricingError) {
        if let minimum, minimum < 1 {
            throw .invalidConfiguration(field: "\(field).minimum", reason: "must be at least 1")
        }
        if let maximum, maximum < max(1, minimum ?? 1) {
            throw .invalidConfiguration(field: "\(field).maximum", reason: "must be at least the minimum and 1")
        }
        if let increment, increment < 1 {
            throw .invalidConfiguration(field: "\(field).increment", reason: "must be at least 1")
        }
    }

    /// The violations of `quantity` (empty when it satisfies the rule).
    public func violations(of quantity: Int64) -> [QuantityViolation] {
        var result: [QuantityViolation] = []
        if let minimum, quantity < minimum { result.append(.belowMinimum(minimum: minimum, quantity: quantity)) }
        if let maximum, quantity > maximum { result.append(.aboveMaximum(maximum: maximum, quantity: quantity)) }
        if let increment, quantity % increment != 0 {
            result.append(.notAMultipleOfIncrement(increment: increment, quantity: quantity))
        }
        return result
    }
}

/// A cart line quantity that breaks its variant's ``QuantityRule``.
public enum QuantityViolation: Sendable, Hashable, CustomStringConvertible {
    case belowMinimum(minimum: Int64, quantity: Int64)
    case aboveMaximum(maximum: Int64, quantity: Int64)
    case notAMultipleOfIncrement(increment: Int64, quantity: Int64)

    /// Stable machine code (`below_minimum`, `above_maximum`, `not_a_multiple_of_increment`).
    public var code: String {
        switch self {
        case .belowMinimum: return "below_minimum"
        case .aboveMaximum: return "above_maximum"
        case .notAMultipleOfIncrement: return "not_a_multiple_of_increment"
        }
    }

    public var description: String {
        switch self {
        case let .belowMinimum(minimum, quantity): return "quantity \(quantity) is below the minimum of \(minimum)"
        case let .aboveMaximum(maximum, quantity): return "quantity \(quantity) is above the maximum of \(maximum)"
        case let .notAMultipleOfIncrement(increment, quantity):
            return "quantity \(quantity) is not a multiple of \(increment)"
        }
    }
}
