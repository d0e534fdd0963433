/// The quantities a price's tier window may be checked against: the line's own quantity and
/// the cart-wide sums per variant and per product. Outside a cart all three are the context's
/// quantity (or nil when it has none).
struct TierQuantities: Sendable {
    var line: Int64?
    var variant: Int64?
    var product: Int64?

    init(uniform quantity: Int64?) {
        line = quantity
        variant = quantity
        product = quantity
    }

    init(line: Int64?, variant: Int64?, product: Int64?) {
        self.line = line
        self.variant = variant
        self.product = product
    }

    @inline(__always)
    func quantity(for aggregation: TierAggregation) -> Int64? {
        switch aggregation {
        case .line: return line
        case .variant: return variant
        case .product: return product
        }
    }
}
