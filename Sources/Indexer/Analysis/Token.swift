/// One unit of analysed text: a word (folded for search) or a run of separator characters.
///
/// Tokens come in text order and their `sourceRange`s tile the input: every byte belongs to
/// exactly one token. Consecutive separator characters form one separator token (hard if any
/// of them is hard); two words may also touch without a separator between them (CJK and Thai
/// words found by the dictionary segmenter), in which case they are 1 position apart.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case separator(SeparatorKind)
    }

    public var kind: Kind
    /// Word: search-folded UTF-8 (see `TextNormalizer.searchFold`). Separator: the raw
    /// separator text as UTF-8 (so a query parser can find `"` and `-` in it).
    public var normalized: [UInt8]
    /// UTF-8 byte offsets of the token in the input text.
    public var sourceRange: Range<Int>
    /// A word made only of ASCII digits after folding, with single `.` or `,` between digits
    /// (`42`, `3.5`, `1,000`, fullwidth `４２`). Always false for separators.
    public var isNumber: Bool

    public init(kind: Kind, normalized: [UInt8], sourceRange: Range<Int>, isNumber: Bool = false) {
        self.kind = kind
        self.normalized = normalized
        self.sourceRange = sourceRange
        self.isNumber = isNumber
    }

    /// `normalized` as a String (handy for tests, logs and query parsing).
    public var text: String { String(decoding: normalized, as: UTF8.self) }
}
