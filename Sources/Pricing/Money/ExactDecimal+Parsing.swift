extension ExactDecimal {
    /// Parses decimal text as stored by Postgres `numeric`, JSON numbers and Medusa's
    /// `raw_amount.value`: `[+-]digits[.digits][(e|E)[+-]digits]`.
    ///
    /// Trailing fractional zeros beyond the 38-digit capacity are dropped (they do not change the
    /// value); any other loss of digits is an error, never a silent rounding. Returns nil for
    /// malformed or out-of-range text.
    public init?(parsing text: String) {
        var text = text
        guard let value = text.withUTF8({ ExactDecimal.parse($0) }) else { return nil }
        self = value
    }

    /// Parses the UTF-8 bytes of a decimal literal (see ``init(parsing:)``).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ExactDecimal? {
        var i = 0
        let n = bytes.count
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var significand: Int128 = 0
        var digitCount = 0          // digits taken into the significand
        var fractionDigits = 0      // of which after the point
        var pendingZeros = 0        // fractional zeros not yet taken (may be trailing)
        var sawDigit = false
        var sawPoint = false
        while i < n {
            let c = bytes[i]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                sawDigit = true
                let d = Int128(c &- UInt8(ascii: "0"))
                if sawPoint && d == 0 {
                    pendingZeros += 1
                } else {
                    // Flush pending fractional zeros, then this digit.
                    for _ in 0..<pendingZeros {
                        guard digitCount < 38 || significand == 0 else { return nil }
                        significand *= 10
                        if significand != 0 { digitCount += 1 }
                        fractionDigits += 1
                    }
                    pendingZeros = 0
                    guard digitCount < 38 || significand == 0 else { return nil }
                    significand = significand * 10 + d
                    if significand != 0 { digitCount += 1 }
                    if sawPoint { fractionDigits += 1 }
                }
            } else if c == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        // Keep trailing fractional zeros (the given scale) while they fit.
        while pendingZeros > 0, digitCount < 38 || significand == 0, fractionDigits < 38 {
            significand *= 10
            if significand != 0 { digitCount += 1 }
            fractionDigits += 1
            pendingZeros -= 1
        }
        var exponent = 0
        if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var sawExpDigit = false
            while i < n, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
                exponent = exponent * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                guard exponent <= 400 else { return nil }
                sawExpDigit = true
                i += 1
            }
            guard sawExpDigit else { return nil }
            if expNegative { exponent = -exponent }
        }
        guard i == n else { return nil }
        if negative { significand = -significand }
        var scale = fractionDigits - exponent
        if significand == 0 { scale = max(0, min(scale, 38)) }
        if scale < 0 {
            guard let lifted = DecimalPowers.scaleUp(significand, by: -scale) else { return nil }
            significand = lifted
            scale = 0
        }
        while scale > 38 {
            // Only exact: drop trailing zeros to fit.
            guard significand % 10 == 0 else { return nil }
            significand /= 10
            scale -= 1
        }
        return ExactDecimal(uncheckedSignificand: significand, scale: UInt8(scale))
    }
}
