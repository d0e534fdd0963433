/// Finds where the query matches a string of a hit: the engine's `QueryMatcher` for words (exact, prefix,
/// typo and synonym forms) and phrases, plus the query's own stop words, which the engine dropped from the
/// terms but Meilisearch still highlights.
///
/// Phrases win over single words: the words of a matched phrase are not matched again one by one. A
/// phrase only matches words in a row with no hard separator between them (they would be 8 positions apart).
struct MatchLocator: Sendable {
    let analyzer: TextAnalyzer
    let matcher: QueryMatcher
    /// The query's stop words (folded) → their negative term key.
    let stopWords: [[UInt8]: Int]

    /// `stopWords`: the index's stop words; those present in `query` are highlighted too.
    init(analyzer: TextAnalyzer, matcher: QueryMatcher, query: String?, stopWords: Set<[UInt8]>) {
        self.analyzer = analyzer
        self.matcher = matcher
        var keys: [[UInt8]: Int] = [:]
        for token in analyzer.tokenize(query ?? "") where token.kind == .word && stopWords.contains(token.normalized) {
            if keys[token.normalized] == nil { keys[token.normalized] = -1 - keys.count }
        }
        self.stopWords = keys
    }

    /// Whether any word can match at all (false for a placeholder search without stop words).
    var canMatch: Bool { !matcher.isEmpty || !stopWords.isEmpty }

    func locate(_ text: String) -> MatchedText {
        var words: [MatchedText.Word] = []
        var folded: [[UInt8]] = []
        var hardGap = false
        for token in analyzer.tokenize(text) {
            switch token.kind {
            case .word:
                words.append(.init(bytes: token.sourceRange, hardGapBefore: hardGap))
                folded.append(token.normalized)
                hardGap = false
            case .separator(let kind):
                hardGap = hardGap || kind == .hard
            }
        }
        guard canMatch else { return MatchedText(text: text, words: words, matches: []) }

        var matches: [MatchedText.Match] = []
        var index = 0
        while index < words.count {
            if let phrase = longestPhrase(at: index, words: words, folded: folded) {
                let last = index + phrase.length - 1
                matches.append(.init(firstWord: index, lastWord: last,
                                     bytes: words[index].bytes.lowerBound..<words[last].bytes.upperBound, term: phrase.term))
                index = last + 1
                continue
            }
            let range = words[index].bytes
            if let match = matcher.match(folded[index]) {
                var bytes = range
                if let scalars = match.prefixScalars,
                   let length = PrefixSpan.originalLength(of: text, word: range, folded: folded[index], foldedScalars: scalars) {
                    bytes = range.lowerBound..<range.lowerBound + length
                }
                matches.append(.init(firstWord: index, lastWord: index, bytes: bytes, term: match.term))
            } else if let key = stopWords[folded[index]] {
                matches.append(.init(firstWord: index, lastWord: index, bytes: range, term: key))
            }
            index += 1
        }
        return MatchedText(text: text, words: words, matches: matches)
    }

    /// The longest query phrase starting at word `start`, if any.
    private func longestPhrase(at start: Int, words: [MatchedText.Word], folded: [[UInt8]]) -> (length: Int, term: Int)? {
        var best: (length: Int, term: Int)? = nil
        for phrase in matcher.phrases where phrase.words.count > (best?.length ?? 0) && start + phrase.words.count <= words.count {
            let fits = phrase.words.indices.allSatisfy { offset in
                folded[start + offset] == phrase.words[offset] && (offset == 0 || !words[start + offset].hardGapBefore)
            }
            if fits { best = (phrase.words.count, phrase.term) }
        }
        return best
    }
}
