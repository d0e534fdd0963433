/// Decides which words of a text match the query, for highlighting, cropping and `_matchesPosition`.
///
/// Built once per search from the parsed query and the typo derivations the segments found, so a word
/// in a hit matches exactly when it would have matched during the search — including in attributes that
/// are not searchable.
public struct QueryMatcher: Sendable {
    /// How one word of a text matches the query.
    public struct WordMatch: Sendable, Equatable {
        /// Index of the query term it matches.
        public var term: Int
        /// For a prefix completion, the number of Unicode scalars of the query word that matched (only
        /// those are highlighted); nil when the whole word matches.
        public var prefixScalars: Int?
    }

    /// Folded words (exact forms, synonyms and typo derivations) → term index.
    let words: [[UInt8]: Int]
    /// The prefix word of the last term, if it is a prefix term.
    let prefix: (word: [UInt8], term: Int)?
    /// Phrases (query phrases and multi-word synonyms): folded words that must follow each other.
    public let phrases: [(words: [[UInt8]], term: Int)]

    init(query: ParsedQuery, derivations: [[UInt8]: Int], prefixEnabled: Bool) {
        var words = derivations
        var phrases: [(words: [[UInt8]], term: Int)] = []
        var prefix: (word: [UInt8], term: Int)? = nil
        for (index, term) in query.terms.enumerated() {
            switch term.kind {
            case .word(let word):
                words[word] = index
                if term.isPrefix && prefixEnabled { prefix = (word, index) }
            case .phrase(let phraseWords):
                phrases.append((phraseWords, index))
            }
            for alternative in term.synonyms {
                if alternative.count == 1 { words[alternative[0]] = index } else { phrases.append((alternative, index)) }
            }
        }
        self.words = words
        self.prefix = prefix
        self.phrases = phrases
    }

    /// Whether any term can match at all (a placeholder search highlights nothing).
    public var isEmpty: Bool { words.isEmpty && prefix == nil && phrases.isEmpty }

    /// How the folded word `word` matches the query, if it does (phrases aside).
    public func match(_ word: [UInt8]) -> WordMatch? {
        if let term = words[word] { return WordMatch(term: term, prefixScalars: nil) }
        if let prefix, word.count > prefix.word.count, word.starts(with: prefix.word) {
            let scalars = String(decoding: prefix.word, as: UTF8.self).unicodeScalars.count
            return WordMatch(term: prefix.term, prefixScalars: scalars)
        }
        return nil
    }
}
