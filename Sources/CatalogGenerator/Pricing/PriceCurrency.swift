/// A currency the price tables are written in, with its minor-unit exponent and euro rate.
///
/// `perEuroThousandths` is how many major units one euro buys, in thousandths (US dollar 1.08 →
/// 1080; yen 162 → 162_000). Conversions are integer arithmetic on minor units and round to the
/// currency's usual price points (see `roundedPrice`); there is no floating point on this path.
public struct PriceCurrency: Sendable, Hashable {
    /// Lower-case ISO 4217 code, as Medusa stores `currency_code`.
    public var code: String
    /// Digits after the decimal point: 2 for eur, 0 for jpy, 3 for kwd.
    public var exponent: Int
    public var perEuroThousandths: Int
    /// Whether prices in this currency include tax (written as a `currency_code` price preference).
    public var isTaxInclusive: Bool

    public init(code: String, exponent: Int, perEuroThousandths: Int, isTaxInclusive: Bool) {
        self.code = code
        self.exponent = exponent
        self.perEuroThousandths = perEuroThousandths
        self.isTaxInclusive = isTaxInclusive
    }

    public static let eur = PriceCurrency(code: "eur", exponent: 2, perEuroThousandths: 1_000, isTaxInclusive: true)
    public static let usd = PriceCurrency(code: "usd", exponent: 2, perEuroThousandths: 1_080, isTaxInclusive: false)
    public static let gbp = PriceCurrency(code: "gbp", exponent: 2, perEuroThousandths: 850, isTaxInclusive: true)
    public static let jpy = PriceCurrency(code: "jpy", exponent: 0, perEuroThousandths: 162_000, isTaxInclusive: true)
    public static let kwd = PriceCurrency(code: "kwd", exponent: 3, perEuroThousandths: 331, isTaxInclusive: false)
}

extension PriceCurrency {
    /// `euroCents` converted to this currency's minor units and rounded to a price point.
    func price(fromEuroCents euroCents: Int) -> Int {
        var scale = 1
        for _ in 0..<exponent { scale *= 10 }
        // minor = cents / 100 * rate / 1000 * 10^exponent, rounded half up.
        let numerator = euroCents * perEuroThousandths * scale
        return roundedPrice((numerator + 50_000) / 100_000)
    }

    /// `minorUnits` reduced by `percent` (negative raises it), rounded half up to a whole minor
    /// unit and at least 1: tier and list prices keep their exact discount rather than snapping
    /// back to the unit price's price point.
    func price(_ minorUnits: Int, adjustedByPercent percent: Int) -> Int {
        max(1, (minorUnits * (100 - percent) + 50) / 100)
    }

    /// Shop price points: x.99 for two-decimal currencies, multiples of 10 without decimals,
    /// multiples of 0.050 with three; never below the smallest such point.
    func roundedPrice(_ minorUnits: Int) -> Int {
        switch exponent {
        case 2: return max(99, (minorUnits + 50) / 100 * 100 - 1)
        case 0: return max(10, (minorUnits + 5) / 10 * 10)
        case 3: return max(50, (minorUnits + 25) / 50 * 50)
        default: return max(1, minorUnits)
        }
    }
}
