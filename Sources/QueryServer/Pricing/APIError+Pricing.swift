import Pricing

extension APIError {
    /// A pricing engine error as a 400: context problems are `invalid_pricing_context`, bad cart
    /// lines `invalid_cart_lines`; the engine's message (which names the field) is kept.
    init(_ error: PricingError) {
        switch error {
        case .missingCurrencyCode, .malformedContextValue:
            self.init(code: "invalid_pricing_context", message: error.message)
        case .invalidQuantity, .tooManyCartLines:
            self.init(code: "invalid_cart_lines", message: error.message)
        case .amountOverflow, .malformedRow, .invalidConfiguration:
            self.init(code: "invalid_pricing_request", message: error.message)
        }
    }
}

/// Runs pricing calls, converting `PricingError` to `APIError`.
func pricing<T>(_ body: () throws(PricingError) -> T) throws(APIError) -> T {
    do {
        return try body()
    } catch {
        throw APIError(error)
    }
}
