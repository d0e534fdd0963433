/// Integer and exact-decimal formatting into UTF-8 bytes, without `Double` or `String`.
///
/// Decimals are given as integer minor units and a currency exponent and are printed the way
/// Medusa stores `raw_amount.value`: trailing fractional zeros removed (`2500, 2` → `25`,
/// `12450, 3` → `12.45`), a leading `0` before the point (`5, 2` → `0.05`), `-` for negatives.
enum DecimalText {
    static func appendDecimal(minorUnits: Int, exponent: Int, to out: inout [UInt8]) {
        var magnitude = minorUnits.magnitude
        var fractionDigits = max(exponent, 0)
        while fractionDigits > 0 && magnitude % 10 == 0 {
            magnitude /= 10
            fractionDigits -= 1
        }
        var scale: UInt = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        if minorUnits < 0 { out.append(UInt8(ascii: "-")) }
        appendUnsigned(magnitude / scale, minimumDigits: 0, to: &out)
        if fractionDigits > 0 {
            out.append(UInt8(ascii: "."))
            appendUnsigned(magnitude % scale, minimumDigits: fractionDigits, to: &out)
        }
    }

    static func appendInteger(_ value: Int, minimumDigits: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendUnsigned(value.magnitude, minimumDigits: minimumDigits, to: &out)
    }

    private static func appendUnsigned(_ value: UInt, minimumDigits: Int, to out: inout [UInt8]) {
        var magnitude = value
        var divisor: UInt = 1
        var count = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            count += 1
        }
        for _ in count..<max(count, minimumDigits) { out.append(UInt8(ascii: "0")) }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}
