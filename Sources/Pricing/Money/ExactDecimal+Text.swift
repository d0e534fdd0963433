extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Plain decimal text with exactly `scale` fraction digits (`"1000.00"`, `"-0.5"`), no exponent.
    /// This is the text Loupe writes for exact amounts (`raw_*` values, cart totals).
    public var description: String {
        let negative = significand < 0
        let magnitude = significand.magnitude
        var digits = Array(String(magnitude).utf8)
        let s = Int(scale)
        if s > 0 {
            if digits.count <= s {
                digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: s - digits.count + 1), at: 0)
            }
            digits.insert(UInt8(ascii: "."), at: digits.count - s)
        }
        if negative { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    public init?(_ description: String) {
        self.init(parsing: description)
    }

    /// The shortest plain text of the value (trailing fractional zeros removed: `350.0` → `"350"`),
    /// which is how JavaScript prints a number; used to compare numeric context values with
    /// textual rule values (`eq`), as Medusa does.
    public var canonicalText: String { normalized.description }

    /// The value rounded to at most 15 significant digits, as canonical text: the JSON number
    /// Loupe writes for Medusa's float fields (`calculated_amount`). Every decimal of up to 15
    /// significant digits is exactly what JavaScript prints for the same float; longer amounts
    /// may differ in the last place, and the exact value is always in `raw_*`.
    public var wireNumberText: String {
        let digits = String(significand.magnitude).utf8.count
        guard digits > 15 else { return canonicalText }
        let dropped = digits - 15
        let keepScale = Int(scale) - dropped
        if keepScale >= 0 {
            return rounded(toScale: keepScale, rule: .halfEven).canonicalText
        }
        // Rounding falls in the integer part: round, then scale back up (fits: fewer digits).
        let divisor = DecimalPowers.of10[min(-keepScale + Int(scale), 38)]
        let rounded = Self.divideRounded(significand, by: divisor, rule: .halfEven)
        let lifted = DecimalPowers.scaleUp(rounded, by: -keepScale) ?? significand
        return ExactDecimal(uncheckedSignificand: lifted, scale: 0).canonicalText
    }
}
