extension ParsedQuery {
    /// Attaches synonyms to the terms. Runs of two or three consecutive words that form a synonym key
    /// (`new york`) become one term matched as the phrase or any of its synonyms; single words get their
    /// own synonyms. Expansion looks only at the original words, so it is not transitive.
    func expandingSynonyms(_ table: SynonymTable) -> ParsedQuery {
        guard !table.isEmpty else { return self }
        var result = self
        result.terms = []
        var index = 0
        while index < terms.count {
            var merged = false
            var length = min(table.maxKeyWords, terms.count - index)
            while length >= 2 {
                let run = terms[index..<(index + length)]
                let words = run.compactMap(\.word)
                if words.count == length, !run.contains(where: \.isPrefix) {
                    let alternatives = table.alternatives(of: words)
                    if !alternatives.isEmpty {
                        result.terms.append(QueryTerm(kind: .phrase(words), sourceWords: words, synonyms: alternatives))
                        index += length
                        merged = true
                        break
                    }
                }
                length -= 1
            }
            if merged { continue }
            var term = terms[index]
            if let word = term.word { term.synonyms = table.alternatives(of: [word]) }
            result.terms.append(term)
            index += 1
        }
        for position in result.terms.indices { result.terms[position].queryPosition = position }
        return result
    }
}
