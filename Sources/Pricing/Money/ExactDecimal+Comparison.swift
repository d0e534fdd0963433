extension ExactDecimal: Comparable, Hashable {
    /// Three-way comparison by numeric value, exact for every pair of representable values.
    @inline(__always)
    public static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.scale == b.scale {
            return a.significand < b.significand ? -1 : (a.significand == b.significand ? 0 : 1)
        }
        return compareRescaled(a, b)
    }

    private static func compareRescaled(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        // Bring the smaller scale up to the larger one. If that overflows, the rescaled side's
        // magnitude exceeds anything an Int128 holds, so its sign alone decides.
        if a.scale < b.scale {
            guard let lifted = DecimalPowers.scaleUp(a.significand, by: Int(b.scale - a.scale)) else {
                return a.significand < 0 ? -1 : 1
            }
            return lifted < b.significand ? -1 : (lifted == b.significand ? 0 : 1)
        } else {
            guard let lifted = DecimalPowers.scaleUp(b.significand, by: Int(a.scale - b.scale)) else {
                return b.significand < 0 ? 1 : -1
            }
            return a.significand < lifted ? -1 : (a.significand == lifted ? 0 : 1)
        }
    }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { compare(a, b) < 0 }
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool { compare(a, b) == 0 }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.scale)
    }
}
