/// Powers of ten as `Int128`, `10^0 ... 10^38`, for rescaling ``ExactDecimal`` values.
enum DecimalPowers {
    static let of10: [Int128] = {
        var table: [Int128] = []
        table.reserveCapacity(39)
        var p: Int128 = 1
        for _ in 0...38 {
            table.append(p)
            if table.count <= 38 { p *= 10 }
        }
        return table
    }()

    /// `value × 10^exponent`, or nil when the result leaves the `Int128` range.
    @inline(__always)
    static func scaleUp(_ value: Int128, by exponent: Int) -> Int128? {
        if exponent == 0 { return value }
        guard exponent > 0, exponent <= 38 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: of10[exponent])
        return overflow ? nil : product
    }
}
