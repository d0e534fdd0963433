/// An exact decimal number: `significand × 10^-scale`, used for every amount and every numeric
/// rule value in the pricing engine (never `Double`).
///
/// - Range: the significand is an `Int128` (38 full decimal digits), the scale is `0...38`.
///   Medusa's `raw_amount` values (e.g. `"12345678988754.00000010000000085"`, 31 digits) fit.
/// - The scale is kept as given, so `"1000.00"` renders back as `"1000.00"`; equality, ordering
///   and hashing are by numeric value (`1.0 == 1.00`).
/// - Arithmetic that would leave the range throws `PricingError.amountOverflow` instead of trapping.
public struct ExactDecimal: Sendable {
    /// The integer digits of the number, sign included.
    public let significand: Int128
    /// How many of the significand's digits are fraction digits (0...38).
    public let scale: UInt8

    /// The largest supported scale (and the number of digits an `Int128` always holds).
    public static let maxScale: UInt8 = 38

    public static let zero = ExactDecimal(uncheckedSignificand: 0, scale: 0)

    /// Creates a value without checking the scale; internal callers guarantee `scale <= maxScale`.
    @inline(__always)
    init(uncheckedSignificand significand: Int128, scale: UInt8) {
        self.significand = significand
        self.scale = scale
    }

    /// Creates `significand × 10^-scale`; returns nil when `scale` exceeds ``maxScale``.
    public init?(significand: Int128, scale: Int) {
        guard scale >= 0, scale <= Int(Self.maxScale) else { return nil }
        self.init(uncheckedSignificand: significand, scale: UInt8(scale))
    }

    /// An integer value (scale 0).
    public init(_ integer: Int64) {
        self.init(uncheckedSignificand: Int128(integer), scale: 0)
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// True when the value has no fractional part (`5`, `5.00`).
    public var isInteger: Bool {
        scale == 0 || significand % DecimalPowers.of10[Int(scale)] == 0
    }

    /// The same value with trailing fractional zeros removed (`5.50` → `5.5`, `3.00` → `3`).
    public var normalized: ExactDecimal {
        var s = significand
        var k = scale
        while k > 0 && s % 10 == 0 {
            s /= 10
            k -= 1
        }
        return ExactDecimal(uncheckedSignificand: s, scale: k)
    }
}
