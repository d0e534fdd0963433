/// A live price row with its live rule rows, waiting to be placed in a ``PriceChunk``.
struct StagedPrice: Sendable {
    var row: PriceRow
    var rules: [PriceRuleRow]
}

extension ExactDecimal {
    /// Smallest integer ≥ self, clamped to the Int64 range.
    var ceilingInt64: Int64 { Self.clampedInt64(significand: roundedTowardsInteger(up: true)) }
    /// Largest integer ≤ self, clamped to the Int64 range.
    var floorInt64: Int64 { Self.clampedInt64(significand: roundedTowardsInteger(up: false)) }

    private func roundedTowardsInteger(up: Bool) -> Int128 {
        guard scale > 0 else { return significand }
        let (q, r) = significand.quotientAndRemainder(dividingBy: DecimalPowers.of10[Int(scale)])
        if r == 0 { return q }
        if up { return r > 0 ? q + 1 : q }
        return r < 0 ? q - 1 : q
    }

    private static func clampedInt64(significand v: Int128) -> Int64 {
        if v > Int128(Int64.max) { return Int64.max }
        if v < Int128(Int64.min) { return Int64.min }
        return Int64(v)
    }

    /// True when the value is an integer that a ``PriceRecord`` stores without clamping.
    var isStorableQuantity: Bool {
        isInteger && self > ExactDecimal(Int64(PriceRecord.openMin)) && self < ExactDecimal(Int64(PriceRecord.openMax))
    }
}
