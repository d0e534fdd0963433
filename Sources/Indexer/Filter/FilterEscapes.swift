/// Escape-sequence decoding of filter values, as Meilisearch does it after removing the quotes:
/// first `\'` / `\"` inside a value quoted with that quote, then `\b \f \n \r \t \v \' \" \\ \/`,
/// `\uXXXX`, `\u{X…}`, `\xXX` and octal `\NNN`.
enum FilterEscapes {
    enum Problem: Error {
        /// Digits of a numeric escape are missing or not hex/octal.
        case invalidNumber
        /// Unknown escape letter, dangling backslash or a code point that is not a Unicode scalar.
        case malformed
    }

    /// Replaces each `\` + `quote` pair, left to right, by `quote`.
    static func unescapeQuote(_ quote: Unicode.Scalar, in raw: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == "\\", i + 1 < raw.count, raw[i + 1] == quote {
                out.append(quote)
                i += 2
            } else {
                out.append(raw[i])
                i += 1
            }
        }
        return out
    }

    static func decode(_ raw: [Unicode.Scalar]) -> Result<String, Problem> {
        var out = String.UnicodeScalarView()
        guard raw.contains("\\") else {
            out.append(contentsOf: raw)
            return .success(String(out))
        }
        var i = 0
        while i < raw.count {
            let c = raw[i]
            i += 1
            guard c == "\\" else { out.append(c); continue }
            guard i < raw.count else { return .failure(.malformed) }
            let e = raw[i]
            i += 1
            switch e {
            case "b": out.append("\u{8}")
            case "f": out.append("\u{C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{B}")
            case "'", "\"", "\\", "/": out.append(e)
            case "u":
                let value: UInt32
                if i < raw.count, raw[i] == "{" {
                    guard let close = raw[i...].firstIndex(of: "}"), close - i - 1 >= 1, close - i - 1 <= 6,
                          let parsed = number(raw[(i + 1)..<close], radix: 16) else { return .failure(.invalidNumber) }
                    value = parsed
                    i = close + 1
                } else {
                    guard i + 4 <= raw.count, let parsed = number(raw[i..<(i + 4)], radix: 16) else {
                        return .failure(.invalidNumber)
                    }
                    value = parsed
                    i += 4
                }
                guard let scalar = Unicode.Scalar(value) else { return .failure(.malformed) }
                out.append(scalar)
            case "x":
                guard i + 2 <= raw.count, let parsed = number(raw[i..<(i + 2)], radix: 16) else {
                    return .failure(.invalidNumber)
                }
                out.append(Unicode.Scalar(UInt8(parsed)))
                i += 2
            case "0"..."7":
                var value = e.value - 48
                var digits = 1
                while digits < 3, i < raw.count, ("0"..."7").contains(raw[i]) {
                    value = value * 8 + raw[i].value - 48
                    i += 1
                    digits += 1
                }
                guard let scalar = Unicode.Scalar(value) else { return .failure(.malformed) }
                out.append(scalar)
            default: return .failure(.malformed)
            }
        }
        return .success(String(out))
    }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>, radix: UInt32) -> UInt32? {
        var value: UInt32 = 0
        for d in digits {
            guard let digit = Character(d).hexDigitValue, UInt32(digit) < radix else { return nil }
            value = value * radix + UInt32(digit)
        }
        return value
    }
}
