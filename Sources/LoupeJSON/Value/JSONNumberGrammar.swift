/// The RFC 8259 number grammar over UTF-8 bytes, shared by the parser and `JSONNumber`,
/// plus exact integer extraction from a valid literal.
enum JSONNumberGrammar {
    /// Why a number did not match the grammar, and where.
    enum Failure: Error {
        case leadingZero(at: Int)
        case expectedDigit(at: Int)
    }

    /// Scans one number starting at `from`; returns the index just past it.
    /// Stops at the first byte that cannot continue the number without judging it.
    @inline(__always)
    static func scan(_ p: UnsafePointer<UInt8>, from start: Int, end: Int) -> Result<Int, Failure> {
        var i = start
        if i < end, p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end, isDigit(p[i]) else { return .failure(.expectedDigit(at: i)) }
        if p[i] == UInt8(ascii: "0") {
            i += 1
            if i < end, isDigit(p[i]) { return .failure(.leadingZero(at: i)) }
        } else {
            i += 1
            while i < end, isDigit(p[i]) { i += 1 }
        }
        if i < end, p[i] == UInt8(ascii: ".") {
            i += 1
            guard i < end, isDigit(p[i]) else { return .failure(.expectedDigit(at: i)) }
            i += 1
            while i < end, isDigit(p[i]) { i += 1 }
        }
        if i < end, p[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < end, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard i < end, isDigit(p[i]) else { return .failure(.expectedDigit(at: i)) }
            i += 1
            while i < end, isDigit(p[i]) { i += 1 }
        }
        return .success(i)
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// The exact integer value of a grammar-valid literal, or nil when it has a non-zero
    /// fractional part or does not fit `Int64`. Uses decimal digits only, never `Double`.
    static func exactInt64(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        let n = text.count
        let negative = n > 0 && text[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        let intStart = i
        while i < n, isDigit(text[i]) { i += 1 }
        let intEnd = i
        var fracStart = i, fracEnd = i
        if i < n, text[i] == UInt8(ascii: ".") {
            i += 1
            fracStart = i
            while i < n, isDigit(text[i]) { i += 1 }
            fracEnd = i
        }
        var exponent = 0
        if i < n, text[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if text[i] == UInt8(ascii: "-") { exponentNegative = true; i += 1 }
            else if text[i] == UInt8(ascii: "+") { i += 1 }
            let cap = 1 << 40   // far beyond any meaningful exponent; keeps the arithmetic safe
            while i < n {
                exponent = min(exponent * 10 + Int(text[i] &- UInt8(ascii: "0")), cap)
                i += 1
            }
            if exponentNegative { exponent = -exponent }
        }

        // Significant digits are int ++ frac; value = digits × 10^(exponent − fracLength).
        func digit(_ k: Int) -> UInt8 {
            let intLength = intEnd - intStart
            return k < intLength ? text[intStart + k] : text[fracStart + k - intLength]
        }
        var digitCount = (intEnd - intStart) + (fracEnd - fracStart)
        var scale = exponent - (fracEnd - fracStart)
        var leading = 0
        while leading < digitCount, digit(leading) == UInt8(ascii: "0") { leading += 1 }
        if leading == digitCount { return 0 }
        while digit(digitCount - 1) == UInt8(ascii: "0") {
            digitCount -= 1
            scale += 1
        }
        guard scale >= 0, digitCount - leading + scale <= 19 else { return nil }

        var magnitude: UInt64 = 0
        for k in leading..<digitCount {
            magnitude = magnitude * 10 + UInt64(digit(k) &- UInt8(ascii: "0"))
        }
        for _ in 0..<scale { magnitude *= 10 }   // at most 19 digits in all: cannot overflow UInt64
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return Int64(bitPattern: 0 &- magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }
}
