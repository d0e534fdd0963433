/// One price in the book's hot storage (32 bytes, two per cache line): what candidate filtering and
/// ordering read. Strings live elsewhere (the chunk's id arena, the book's string tables).
///
/// Amounts whose significand fits an `Int64` (every realistic price) are stored inline; longer
/// ones (up to 38 digits) live in the chunk's `wideAmounts`, read through ``PriceChunk/amount(_:)``.
/// Quantity bounds are `Int32`: valid quantities are at most `PricingLimits.maxQuantity`, so a
/// bound beyond the stored range is clamped without changing which quantities it admits (the
/// exact bound is kept for Medusa's echo, see ``PriceChunk/echoedBounds(_:)``).
struct PriceRecord: Sendable {
    /// The amount's significand, or with ``hasWideAmount`` an index into the chunk's `wideAmounts`.
    var amountBits: Int64
    /// Inclusive lower quantity bound, rounded up to an integer; ``openMin`` = NULL.
    var minQuantity: Int32
    /// Inclusive upper quantity bound, rounded down to an integer; ``openMax`` = NULL.
    var maxQuantity: Int32
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
    var hasWideAmount: Bool

    static let openMin = Int32.min
    static let openMax = Int32.max

    @inline(__always) var isBasePrice: Bool { listIndex < 0 }

    /// The exact amount; `wideAmounts` is the chunk's table of amounts beyond `Int64`.
    @inline(__always)
    func amount(_ wideAmounts: [Int128]) -> ExactDecimal {
        ExactDecimal(uncheckedSignificand: hasWideAmount ? wideAmounts[Int(amountBits)] : Int128(amountBits), scale: amountScale)
    }

    /// Medusa's quantity window (§2.3): with a quantity both bounds are inclusive and NULL is
    /// open; without one only `min_quantity IS NULL OR min_quantity <= 1` counts.
    @inline(__always)
    func admits(quantity: Int64?) -> Bool {
        guard let q = quantity else { return minQuantity <= 1 }
        return Int64(minQuantity) <= q && q <= Int64(maxQuantity)
    }

    /// A bound clamped between the open markers (admits the same valid quantities).
    static func storedBound(_ bound: Int64) -> Int32 {
        Int32(clamping: min(max(bound, Int64(openMin) + 1), Int64(openMax) - 1))
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
