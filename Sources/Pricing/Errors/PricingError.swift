/// Every error the pricing engine reports for bad input. Each case names the offending field or
/// position so the caller can return it to the client as is (`message`).
///
/// Unknown ids are not errors: resolution lists them as missing (`PriceResolution.missingIds`,
/// cart lines with status `.unknownVariant`).
public enum PricingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The context has no (or an empty) `currency_code`. The message is Medusa's, verbatim.
    case missingCurrencyCode
    /// A context value has the wrong type or cannot be used (`field` is its dotted key).
    case malformedContextValue(field: String, reason: String)
    /// A quantity is negative, fractional, not a number or above ``PricingLimits/maxQuantity``.
    case invalidQuantity(field: String, reason: String)
    /// A cart has more lines than ``PricingLimits/maxCartLines``.
    case tooManyCartLines(count: Int, limit: Int)
    /// Exact arithmetic left the 38-digit range of ``ExactDecimal``.
    case amountOverflow(operation: String)
    /// A row could not be decoded (`position` is e.g. `price[12]` or `line 7`, `field` the column).
    case malformedRow(position: String, field: String, reason: String)
    /// A configuration value is invalid (`field` is its path in the configuration).
    case invalidConfiguration(field: String, reason: String)

    /// Medusa's exact message for a missing currency code (INVALID_DATA).
    public static let missingCurrencyCodeMessage =
        "Method calculatePrices requires currency_code in the pricing context"

    /// Human-readable message naming the field.
    public var message: String {
        switch self {
        case .missingCurrencyCode:
            return Self.missingCurrencyCodeMessage
        case let .malformedContextValue(field, reason):
            return "Invalid pricing context value '\(field)': \(reason)"
        case let .invalidQuantity(field, reason):
            return "Invalid quantity '\(field)': \(reason)"
        case let .tooManyCartLines(count, limit):
            return "Invalid cart 'lines': \(count) lines, at most \(limit) allowed"
        case let .amountOverflow(operation):
            return "Amount out of range (more than 38 digits) in \(operation)"
        case let .malformedRow(position, field, reason):
            return "Malformed row \(position), field '\(field)': \(reason)"
        case let .invalidConfiguration(field, reason):
            return "Invalid pricing configuration '\(field)': \(reason)"
        }
    }

    public var description: String { message }
}

/// Limits applied to untrusted input.
public enum PricingLimits {
    /// Largest accepted quantity (context `quantity`, cart line quantities, aggregated totals).
    public static let maxQuantity: Int64 = 1_000_000_000
    /// Deepest accepted nesting of the pricing context object.
    public static let maxContextDepth = 16
    /// Most lines accepted in one cart.
    public static let maxCartLines = 10_000
}
