/// One price in the book's hot storage (48 bytes): what candidate filtering and ordering read.
/// Strings live elsewhere (the chunk's id arena, the book's string tables).
struct PriceRecord: Sendable {
    /// Exact amount: `amountSignificand × 10^-amountScale`.
    var amountSignificand: Int128
    /// Inclusive lower quantity bound, rounded up to an integer; `Int64.min` = NULL.
    var minQuantity: Int64
    /// Inclusive upper quantity bound, rounded down to an integer; `Int64.max` = NULL.
    var maxQuantity: Int64
    /// Index into the book's price-list table; -1 for a base price.
    var listIndex: Int32
    /// First rule in the chunk's rule array.
    var ruleStart: UInt32
    /// Currency id in the book's currency table.
    var currency: UInt16
    var amountScale: UInt8
    /// Number of live `price_rule` rows (the derived `rules_count`).
    var ruleCount: UInt8
    /// `raw_amount.precision`.
    var rawPrecision: UInt8

    static let openMin = Int64.min
    static let openMax = Int64.max

    @inline(__always) var isBasePrice: Bool { listIndex < 0 }
    @inline(__always) var amount: ExactDecimal {
        ExactDecimal(uncheckedSignificand: amountSignificand, scale: amountScale)
    }

    /// Medusa's quantity window (§2.3): with a quantity both bounds are inclusive and NULL is
    /// open; without one only `min_quantity IS NULL OR min_quantity <= 1` counts.
    @inline(__always)
    func admits(quantity: Int64?) -> Bool {
        guard let q = quantity else { return minQuantity <= 1 }
        return minQuantity <= q && q <= maxQuantity
    }
}

/// One `price_rule` in hot storage. `numeric*` hold the value parsed as a number when it is one
/// (used by `gt/gte/lt/lte`).
struct PriceRuleRecord: Sendable {
    var numericSignificand: Int128
    var attribute: UInt32
    /// Id of the rule's text value in the book's value table.
    var value: UInt32
    var op: PriceRuleOperator
    var numericScale: UInt8
    var hasNumericValue: Bool

    var numericValue: ExactDecimal? {
        hasNumericValue ? ExactDecimal(uncheckedSignificand: numericSignificand, scale: numericScale) : nil
    }
}
