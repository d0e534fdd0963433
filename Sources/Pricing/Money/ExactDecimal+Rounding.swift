/// How a value that lies between two representable results is rounded.
public enum RoundingRule: String, Sendable, Hashable {
    /// Halves go away from zero (2.345 → 2.35, -2.345 → -2.35); the usual commercial rule and
    /// Loupe's default for presented totals.
    case halfAwayFromZero = "half_away_from_zero"
    /// Halves go to the even neighbour (2.345 → 2.34, 2.355 → 2.36); "banker's rounding".
    case halfEven = "half_even"
}

extension ExactDecimal {
    /// The value rounded to `targetScale` fraction digits. A value that already has at most
    /// `targetScale` digits is returned unchanged (its scale is not padded). Never overflows.
    public func rounded(toScale targetScale: Int, rule: RoundingRule) -> ExactDecimal {
        let target = max(0, targetScale)
        guard Int(scale) > target else { return self }
        let drop = Int(scale) - target
        let q = Self.divideRounded(significand, by: DecimalPowers.of10[drop], rule: rule)
        return ExactDecimal(uncheckedSignificand: q, scale: UInt8(target))
    }

    /// The value rounded to `scale` and then written with exactly `scale` fraction digits
    /// (`12.5` at scale 2 → `"12.50"`); how a presented total is shown.
    public func presented(scale targetScale: Int, rule: RoundingRule) -> ExactDecimal {
        let r = rounded(toScale: targetScale, rule: rule)
        let pad = max(0, targetScale) - Int(r.scale)
        guard pad > 0, let lifted = DecimalPowers.scaleUp(r.significand, by: pad) else { return r }
        return ExactDecimal(uncheckedSignificand: lifted, scale: UInt8(max(0, targetScale)))
    }

    /// `value / divisor` rounded to an integer by `rule` (divisor > 0).
    static func divideRounded(_ value: Int128, by divisor: Int128, rule: RoundingRule) -> Int128 {
        let (q, r) = value.quotientAndRemainder(dividingBy: divisor)
        if r == 0 { return q }
        let twice = r.magnitude * 2
        let d = divisor.magnitude
        let awayFromZero: Bool
        if twice > d {
            awayFromZero = true
        } else if twice < d {
            awayFromZero = false
        } else {
            switch rule {
            case .halfAwayFromZero: awayFromZero = true
            case .halfEven: awayFromZero = q % 2 != 0
            }
        }
        guard awayFromZero else { return q }
        return value < 0 ? q - 1 : q + 1
    }
}
