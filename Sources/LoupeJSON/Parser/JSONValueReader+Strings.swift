extension JSONValueReader {
    /// Reads a string at its opening quote. Runs without escapes become a `String` in one step;
    /// eight bytes at a time are skipped while none is a quote, backslash or control character.
    /// UTF-8 is validated only when the string has a non-ASCII byte.
    mutating func readString() throws(JSONParseError) -> String {
        i += 1
        let start = i
        var allBits: UInt64 = 0
        while true {
            while end - i >= 8 {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                guard !JSONStringBytes.mayNeedEscaping(word) else { break }
                allBits |= word
                i += 8
            }
            guard i < end else { break }
            let b = p[i]
            allBits |= UInt64(b)
            if b == UInt8(ascii: "\"") {
                if allBits & 0x8080_8080_8080_8080 != 0 { try validateUTF8(from: start) }
                let s = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if b < 0x20 { throw controlCharacterError(b) }
            i += 1
        }
        throw error("unexpected end of input while parsing a string", at: end)
    }

    /// Continues a string that has an escape at `i`, decoding into `scratch`.
    private mutating func readEscapedString(from start: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        while i < end {
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                appendRun(from: runStart)
                // Escapes are ASCII in the source and decode to valid UTF-8, so checking the raw
                // source text checks the decoded string.
                try validateUTF8(from: start)
                let s = String(decoding: scratch, as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") {
                appendRun(from: runStart)
                try readEscape()
                runStart = i
                continue
            }
            if b < 0x20 { throw controlCharacterError(b) }
            i += 1
        }
        throw error("unexpected end of input while parsing a string", at: end)
    }

    private mutating func appendRun(from runStart: Int) {
        scratch.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: i - runStart))
    }

    /// Decodes the escape at `i` (a backslash) into `scratch` and moves past it.
    private mutating func readEscape() throws(JSONParseError) {
        let escapeStart = i
        i += 1
        guard i < end else { throw error("unexpected end of input while parsing a string", at: end) }
        let decoded: UInt8
        switch p[i] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            i += 1
            try readUnicodeEscape(escapeStart: escapeStart)
            return
        default:
            throw error("invalid escape", at: i)
        }
        scratch.append(decoded)
        i += 1
    }

    /// Reads the hex digits of `\uXXXX` (and the low half of a surrogate pair) at `i`.
    private mutating func readUnicodeEscape(escapeStart: Int) throws(JSONParseError) {
        let unit = try readHex4()
        var scalarValue = UInt32(unit)
        switch unit {
        case 0xD800...0xDBFF:
            guard end - i >= 2, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else {
                throw error("lone leading surrogate in \\u escape", at: escapeStart)
            }
            let pairStart = i
            i += 2
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error("invalid surrogate pair in \\u escape", at: pairStart)
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        case 0xDC00...0xDFFF:
            throw error("lone trailing surrogate in \\u escape", at: escapeStart)
        default:
            break
        }
        appendUTF8(scalarValue)
    }

    /// Appends the UTF-8 form of a scalar value (never a surrogate: those were paired above).
    private mutating func appendUTF8(_ v: UInt32) {
        switch v {
        case 0..<0x80:
            scratch.append(UInt8(v))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | v >> 6))
            scratch.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | v >> 12))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | v >> 18))
            scratch.append(UInt8(0x80 | v >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | v & 0x3F))
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt16 {
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard i < end else { throw error("unexpected end of input while parsing a string", at: end) }
            let b = p[i]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape: expected 4 hex digits", at: i)
            }
            unit = unit << 4 | UInt16(digit)
            i += 1
        }
        return unit
    }

    /// Fails at the first byte of `start..<i` that is not well-formed UTF-8.
    private func validateUTF8(from start: Int) throws(JSONParseError) {
        let source = UnsafeBufferPointer(start: p + start, count: i - start)
        if let bad = UTF8Validation.firstInvalidOffset(in: source) {
            throw error("invalid UTF-8 in string", at: start + bad)
        }
    }

    private func controlCharacterError(_ b: UInt8) -> JSONParseError {
        let hex = String(b, radix: 16, uppercase: true)
        return error("control character U+\(hex.count == 1 ? "000" : "00")\(hex) must be escaped in a string", at: i)
    }
}
