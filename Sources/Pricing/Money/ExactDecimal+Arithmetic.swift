extension ExactDecimal {
    /// `self + other`, exact; the result has the larger of the two scales.
    /// Throws `PricingError.amountOverflow` when the sum leaves the 38-digit range.
    public func adding(_ other: ExactDecimal) throws(PricingError) -> ExactDecimal {
        let (a, b, scale) = try Self.aligned(self, other)
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .amountOverflow(operation: "\(self) + \(other)") }
        return ExactDecimal(uncheckedSignificand: sum, scale: scale)
    }

    /// `self - other`, exact; the result has the larger of the two scales.
    public func subtracting(_ other: ExactDecimal) throws(PricingError) -> ExactDecimal {
        let (a, b, scale) = try Self.aligned(self, other)
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        guard !overflow else { throw .amountOverflow(operation: "\(self) - \(other)") }
        return ExactDecimal(uncheckedSignificand: difference, scale: scale)
    }

    /// `self × count` (a quantity), exact, same scale.
    public func multiplied(by count: Int64) throws(PricingError) -> ExactDecimal {
        let (product, overflow) = significand.multipliedReportingOverflow(by: Int128(count))
        guard !overflow else { throw .amountOverflow(operation: "\(self) × \(count)") }
        return ExactDecimal(uncheckedSignificand: product, scale: scale)
    }

    /// Both significands at a common scale (the larger one).
    @inline(__always)
    static func aligned(_ x: ExactDecimal, _ y: ExactDecimal) throws(PricingError) -> (Int128, Int128, UInt8) {
        if x.scale == y.scale { return (x.significand, y.significand, x.scale) }
        if x.scale < y.scale {
            guard let lifted = DecimalPowers.scaleUp(x.significand, by: Int(y.scale - x.scale)) else {
                throw .amountOverflow(operation: "rescale \(x) to \(y.scale) decimals")
            }
            return (lifted, y.significand, y.scale)
        }
        guard let lifted = DecimalPowers.scaleUp(y.significand, by: Int(x.scale - y.scale)) else {
            throw .amountOverflow(operation: "rescale \(y) to \(x.scale) decimals")
        }
        return (x.significand, lifted, x.scale)
    }
}
