/// Index settings that change segmentation: Meilisearch's `separatorTokens`,
/// `nonSeparatorTokens` and `dictionary`.
///
/// All three are matched in the raw text, ASCII-case-insensitively, leftmost first and longest
/// first. When several apply at one place, `dictionary` wins over `separatorTokens`, which wins
/// over `nonSeparatorTokens`. Empty strings are ignored.
/// - `dictionary`: strings kept as one word (`"C#"`, `"J. R. R."`), folded as a whole; a match
///   must not start or end inside a word (`"C#"` does not match inside `"ABC#"`) unless the
///   entry itself starts/ends with a non-word character.
/// - `separatorTokens`: strings that act as separators wherever they occur (hard when they
///   contain a hard separator character, soft otherwise).
/// - `nonSeparatorTokens`: strings that stop being separators and become part of the word
///   around them (`"#"` makes `c#` one word; alone between spaces, `#` becomes a word).
public struct AnalyzerSettings: Sendable, Equatable {
    public var separatorTokens: [String]
    public var nonSeparatorTokens: [String]
    public var dictionary: [String]

    public init(separatorTokens: [String] = [], nonSeparatorTokens: [String] = [], dictionary: [String] = []) {
        self.separatorTokens = separatorTokens
        self.nonSeparatorTokens = nonSeparatorTokens
        self.dictionary = dictionary
    }
}
