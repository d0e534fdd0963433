/// How the analyzer treats one Unicode scalar when cutting text into words.
///
/// Words are maximal runs of letters, digits and the marks/format characters attached to them;
/// everything else (spaces, punctuation, symbols, emoji, controls, private-use and unassigned
/// code points, U+FFFD) separates words. `.` and `,` are the one exception: between two decimal
/// digits they are part of a number (`3.5`, `1,000`), elsewhere they are hard separators.
enum CharacterClass: UInt8, Sendable {
    /// Letter or non-decimal number (`Ⅻ`, `²`).
    case letter
    /// Decimal digit (general category Nd), any script.
    case digit
    /// ASCII `.` or `,`: joins two digits, otherwise a hard separator.
    case numberJoiner
    /// Combining mark or format character: belongs to whatever precedes it.
    case extending
    case softSeparator
    case hardSeparator

    /// Class of an ASCII byte (`byte < 0x80`); range checks only, cheap enough for the hot loop.
    @inline(__always)
    static func ofASCII(_ byte: UInt8) -> CharacterClass {
        if (byte | 0x20) &- UInt8(ascii: "a") < 26 { return .letter }
        if byte &- UInt8(ascii: "0") < 10 { return .digit }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","): return .numberJoiner
        case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A, 0x0B, 0x0C, 0x0D:
            return .hardSeparator
        default: return .softSeparator
        }
    }

    /// Class of any scalar (ASCII included).
    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        if scalar.isASCII { return ofASCII(UInt8(scalar.value)) }
        if isHardSeparator(scalar.value) { return .hardSeparator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .letterNumber, .otherNumber:
            return .letter
        case .decimalNumber:
            return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .extending
        default:
            return .softSeparator
        }
    }

    /// Non-ASCII sentence and clause punctuation treated like `. , ; : ! ?` and line breaks.
    private static func isHardSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x0085, 0x2028, 0x2029,                      // NEL, line and paragraph separators
             0x037E, 0x0387,                              // Greek question mark, ano teleia
             0x0589, 0x060C, 0x061B, 0x061F, 0x06D4,      // Armenian full stop, Arabic comma/semicolon/question, Urdu full stop
             0x0964, 0x0965, 0x104A, 0x104B, 0x1362...0x1368, // Devanagari dandas, Myanmar, Ethiopic
             0x2026, 0x203C, 0x2047...0x2049,             // … ‼ ⁇ ⁈ ⁉
             0x3001, 0x3002,                              // 、 。
             0xFE50...0xFE57,                             // small form punctuation
             0xFF01, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, // fullwidth ! , . : ; ?
             0xFF61, 0xFF64:                              // halfwidth 。 、
            true
        default:
            false
        }
    }
}
