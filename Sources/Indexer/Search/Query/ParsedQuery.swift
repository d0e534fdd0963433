/// The query string `q` turned into terms, before they meet a dictionary.
///
/// A term is a word (the last one possibly a prefix) or a quoted phrase; negative terms (`-word`,
/// `-"a phrase"`) exclude documents. Follows Meilisearch: at most 10 terms, stop words dropped unless
/// last, a trailing separator makes the last word complete.
struct ParsedQuery: Sendable {
    static let maxTerms = 10

    var terms: [QueryTerm] = []
    var negatives: [QueryTerm] = []

    /// True when nothing positive remains: every document matches (minus negatives).
    var isPlaceholder: Bool { terms.isEmpty }
}

/// One term of a query.
struct QueryTerm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A single folded word.
        case word([UInt8])
        /// Consecutive folded words, matched adjacently with no typo or prefix.
        case phrase([[UInt8]])
    }

    var kind: Kind
    /// Whether the last word may be completed (only the final term of a query with no trailing separator).
    var isPrefix = false
    var isNumber = false
    /// Index of the term in the query (for word-position ranking).
    var queryPosition = 0
    /// The original query words this term stands for, folded (several when a multi-word synonym key matched).
    var sourceWords: [[UInt8]] = []
    /// Synonym alternatives: each a list of folded words (two or more words are matched as a phrase).
    var synonyms: [[[UInt8]]] = []

    /// The word, when this term is a single word.
    var word: [UInt8]? {
        if case .word(let bytes) = kind { return bytes }
        return nil
    }
}
