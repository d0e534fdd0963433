/// Parses `q` into a `ParsedQuery` with Meilisearch's rules for phrases, negation, stop words and prefixes.
struct QueryParser {
    let analyzer: TextAnalyzer
    let stopWords: Set<[UInt8]>

    /// At most this many tokens are read from the query (Meilisearch reads 1000).
    static let maxTokens = 1000

    func parse(_ text: String) -> ParsedQuery {
        let tokens = analyzer.tokenize(text)
        var query = ParsedQuery()
        var phrase: [[UInt8]]? = nil
        var phraseNegative = false
        var negateNext = false
        var previousWasWhitespaceOrStart = true
        var endsWithSeparator = false
        var words: [(word: [UInt8], isNumber: Bool, negative: Bool)] = []

        func closePhrase() {
            if let words = phrase, !words.isEmpty {
                let term = QueryTerm(kind: .phrase(words), sourceWords: words)
                if phraseNegative { query.negatives.append(term) } else { query.terms.append(term) }
            }
            phrase = nil
        }

        for token in tokens.prefix(Self.maxTokens) {
            switch token.kind {
            case .word:
                endsWithSeparator = false
                if phrase != nil {
                    phrase!.append(token.normalized)
                } else {
                    flushWords(&words, into: &query, lastIsFinal: false)
                    words.append((token.normalized, token.isNumber, negateNext))
                }
                negateNext = false
                previousWasWhitespaceOrStart = false
            case .separator(let strength):
                endsWithSeparator = true
                for byte in token.normalized {
                    if byte == UInt8(ascii: "\"") {
                        if phrase != nil {
                            closePhrase()
                        } else {
                            flushWords(&words, into: &query, lastIsFinal: false)
                            phrase = []
                            phraseNegative = negateNext
                        }
                        negateNext = false
                    } else if byte == UInt8(ascii: "-") {
                        negateNext = previousWasWhitespaceOrStart && phrase == nil
                    } else {
                        negateNext = false
                    }
                    previousWasWhitespaceOrStart = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                }
                if strength == .hard, let current = phrase, !current.isEmpty {
                    closePhrase()
                    phrase = []
                }
            }
        }
        closePhrase()
        flushWords(&words, into: &query, lastIsFinal: true, prefix: !endsWithSeparator)
        query.terms = Array(query.terms.prefix(ParsedQuery.maxTerms))
        for index in query.terms.indices { query.terms[index].queryPosition = index }
        return query
    }

    /// Moves pending words into the query; stop words are dropped unless they are the query's last token.
    private func flushWords(_ words: inout [(word: [UInt8], isNumber: Bool, negative: Bool)], into query: inout ParsedQuery, lastIsFinal: Bool, prefix: Bool = false) {
        for (index, entry) in words.enumerated() {
            let isLast = lastIsFinal && index == words.count - 1
            var term = QueryTerm(kind: .word(entry.word), isNumber: entry.isNumber, sourceWords: [entry.word])
            if entry.negative {
                query.negatives.append(term)
                continue
            }
            if stopWords.contains(entry.word) && !(isLast && prefix) { continue }
            term.isPrefix = isLast && prefix
            query.terms.append(term)
        }
        words.removeAll()
    }
}
