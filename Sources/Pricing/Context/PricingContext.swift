/// The pricing context of one request: currency (required), optional quantity, and the flat
/// attributes that price rules and price-list rules are matched against (`region_id`,
/// `customer.groups.id`, `customer_id`, `company_id`, `item_total`, any custom key).
///
/// Build it from Medusa's nested context object with ``init(json:)`` (flattened as in §2.2) or
/// directly from flat attributes. Edge behaviour (decided in medusa-pricing.md §2.11 terms):
/// - `currency_code` missing, null or empty → ``PricingError/missingCurrencyCode`` (Medusa's
///   message); it is lower-cased (#6: preferences are looked up with the normalised code).
/// - `quantity` must be an integer in `0...PricingLimits.maxQuantity`; `0` counts as given and
///   is compared normally (#4); `null` is treated as absent (#4).
/// - Attributes whose value is an empty string or an empty list are dropped ("not present");
///   `0` and `false` are kept.
public struct PricingContext: Sendable, Hashable {
    /// Lower-cased ISO currency code.
    public let currencyCode: String
    /// The quantity for the tier window, nil when not given (then only first-tier prices apply).
    public let quantity: Int64?
    /// Flattened attributes in input order, keys unique (a later key replaces an earlier one).
    public let attributes: [ContextAttribute]

    public init(currencyCode: String, quantity: Int64? = nil, attributes: [ContextAttribute] = []) throws(PricingError) {
        guard !currencyCode.isEmpty else { throw .missingCurrencyCode }
        if let quantity { try Self.validateQuantity(quantity, field: "quantity") }
        self.currencyCode = currencyCode.lowercased()
        self.quantity = quantity
        var seen: [String: Int] = [:]
        var kept: [ContextAttribute] = []
        for attribute in attributes where attribute.value.isPresent {
            if let i = seen[attribute.key] { kept[i] = attribute } else {
                seen[attribute.key] = kept.count
                kept.append(attribute)
            }
        }
        self.attributes = kept
    }

    /// Convenience for flat string-keyed attributes (order: keys sorted).
    public init(currencyCode: String, quantity: Int64? = nil, _ attributes: [String: ContextValue]) throws(PricingError) {
        try self.init(currencyCode: currencyCode, quantity: quantity,
                      attributes: attributes.sorted { $0.key < $1.key }.map { ContextAttribute(key: $0.key, value: $0.value) })
    }

    /// The same context with another quantity (cart lines reuse one context).
    public func with(quantity: Int64?) throws(PricingError) -> PricingContext {
        try PricingContext(currencyCode: currencyCode, quantity: quantity, attributes: attributes)
    }

    /// The value of `key`, nil when absent.
    public func value(of key: String) -> ContextValue? {
        attributes.first { $0.key == key }?.value
    }

    static func validateQuantity(_ quantity: Int64, field: String) throws(PricingError) {
        guard quantity >= 0 else { throw .invalidQuantity(field: field, reason: "must not be negative (got \(quantity))") }
        guard quantity <= PricingLimits.maxQuantity else {
            throw .invalidQuantity(field: field, reason: "must be at most \(PricingLimits.maxQuantity) (got \(quantity))")
        }
    }
}

/// One flattened context entry (`customer.groups.id` → `["cg_1", "cg_2"]`).
public struct ContextAttribute: Sendable, Hashable {
    public var key: String
    public var value: ContextValue

    public init(key: String, value: ContextValue) {
        self.key = key
        self.value = value
    }
}

/// A context value: one scalar, or a list (customer in several groups).
///
/// How Medusa matches them (§2.4, §2.5): a scalar *number* is compared with price rules by the
/// rule's operator (`eq` as text, `gt/gte/lt/lte` numerically); anything else — strings,
/// booleans and every list — matches a price rule when one element equals the rule's text value,
/// whatever the operator. Price-list rules match by JSON type (a number never matches `"350"`).
public enum ContextValue: Sendable, Hashable {
    case scalar(ContextScalar)
    case list([ContextScalar])

    public static func string(_ s: String) -> ContextValue { .scalar(.string(s)) }
    public static func number(_ n: ExactDecimal) -> ContextValue { .scalar(.number(n)) }
    public static func bool(_ b: Bool) -> ContextValue { .scalar(.bool(b)) }
    public static func strings(_ s: [String]) -> ContextValue { .list(s.map(ContextScalar.string)) }

    /// Medusa's `isPresent`: not an empty string, not an empty list.
    var isPresent: Bool {
        switch self {
        case let .scalar(.string(s)): return !s.isEmpty
        case .scalar: return true
        case let .list(items): return !items.isEmpty
        }
    }
}

/// A scalar context value.
public enum ContextScalar: Sendable, Hashable {
    case string(String)
    case number(ExactDecimal)
    case bool(Bool)

    /// The text a rule value is compared with: JavaScript's `String(x)` (`350.0` → `"350"`).
    var text: String {
        switch self {
        case let .string(s): return s
        case let .number(n): return n.canonicalText
        case let .bool(b): return b ? "true" : "false"
        }
    }

    /// Key in the typed list-value table (see `PriceListRuleValue.tableKey`).
    var listValueKey: String {
        switch self {
        case let .string(s): return PriceListRuleValue.string(s).tableKey
        case let .number(n): return PriceListRuleValue.number(n).tableKey
        case let .bool(b): return PriceListRuleValue.bool(b).tableKey
        }
    }
}
