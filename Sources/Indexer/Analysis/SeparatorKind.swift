/// Strength of a separator between two words.
///
/// A hard separator (`. , ; : ! ?`, line breaks, CJK and other scripts' full stops and commas)
/// moves the next word 8 positions on, so words across a sentence break are "far" for
/// proximity; a soft one (space, `- _ ' / & +`, symbols, emoji, ...) moves it 1. A run of
/// separators counts as hard as soon as it contains one hard separator.
public enum SeparatorKind: UInt8, Sendable, Comparable {
    case soft, hard

    /// Positions between the last word before a separator run of this kind and the next word.
    public var positionGap: Int {
        switch self {
        case .soft: 1
        case .hard: 8
        }
    }

    public static func < (lhs: SeparatorKind, rhs: SeparatorKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
