/// A JSON number kept exactly as written, so money and ids never pass through `Double`.
///
/// `literal` is the source text (e.g. `"12.50"`, `"-3"`, `"1e3"`) and always satisfies the
/// RFC 8259 number grammar. Equality and hashing compare the literal: `12.50` ≠ `12.5`.
///
/// - `int64Value` is exact, computed by decimal digit arithmetic: non-nil when the written value
///   is an integer that fits `Int64`, however it is written (`"12"`, `"12.0"`, `"1e3"`, `"-0"`).
/// - `isInteger` is `int64Value != nil`.
/// - `doubleValue` is the nearest `Double`; literals beyond its range give ±infinity.
/// - `init(_ value: Double)` writes the shortest text that round-trips; integral values below
///   2^53 in magnitude print without a fraction (`10.0` → `"10"`, `-0.0` → `"0"`). NaN and infinity
///   are not JSON, so NaN becomes `"0"` and ±infinity becomes ±`Double.greatestFiniteMagnitude`.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's text as written in the source.
    public let literal: String

    /// Accepts `literal` only if the whole string is one JSON number (no sign `+`, no leading
    /// zeros, digits required around `.` and after `e`, no surrounding whitespace).
    public init?(literal: String) {
        var text = literal
        let valid = text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return false }
            if case .success(let end) = JSONNumberGrammar.scan(base, from: 0, end: utf8.count) {
                return end == utf8.count
            }
            return false
        }
        guard valid else { return nil }
        self.literal = literal
    }

    /// Wraps text already checked against the number grammar.
    init(validatedLiteral: String) {
        self.literal = validatedLiteral
    }

    public init(_ value: Int64) {
        literal = String(value)
    }

    public init(_ value: Int) {
        literal = String(value)
    }

    public init(_ value: Double) {
        literal = JSONNumber.shortestText(value)
    }

    public var description: String { literal }

    /// The nearest `Double` to the written value (±infinity beyond `Double`'s range).
    public var doubleValue: Double {
        Double(literal) ?? 0
    }

    /// True when the written value is an integer that fits `Int64` (same as `int64Value != nil`).
    public var isInteger: Bool { int64Value != nil }

    /// The exact value when it is an integer that fits `Int64`, whatever the notation; else nil.
    public var int64Value: Int64? {
        var text = literal
        return text.withUTF8 { JSONNumberGrammar.exactInt64($0) }
    }

    private static func shortestText(_ value: Double) -> String {
        if value.isNaN { return "0" }
        if value.isInfinite {
            return (value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude).description
        }
        if value.rounded(.towardZero) == value, value.magnitude < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return value.description
    }
}
