/// A parsed query resolved against one segment: for every term the documents that may match it and
/// the dictionary words that stand for it (exact, prefix completions, typo derivations, synonyms,
/// phrase words), gathered in a `TermHitTable` for scanning candidates.
struct SegmentQuery {
    /// Caps from Meilisearch: derivations per term.
    static let maxOneTypo = 150
    static let maxTwoTypos = 50

    /// A phrase alternative of a term: word ids that must appear at consecutive positions.
    struct Phrase {
        var term: Int
        var words: [UInt32]
        var exact: Bool
    }

    /// Per term, the documents holding any of its words.
    var termDocuments: [DocumentSet] = []
    /// Per term, per typo cost (0, 1, 2), the postings of its words of that cost (see `costDocuments`).
    var costPostings: [[[DocumentSet]]] = []
    /// Per term, its dictionary words outside phrases, except prefix completions (see `forEachWord`).
    var termWords: [[UInt32]] = []
    /// Per term, the id of the query's own word, when the segment holds it.
    var exactWords: [UInt32?] = []
    var table: TermHitTable
    var phrases: [Phrase] = []
    /// Completions of the prefix term (the last one), if any.
    var prefixRange: Range<UInt32> = 0..<0
    var prefixTerm = -1
    var prefixExactWord: UInt32? = nil
    /// True when the scan may reject a candidate the bitmaps admitted (phrases, restricted attributes).
    var needsVerification = false
    /// Typo-derived words and the term each stands for (for highlighting).
    var typoWords: [[UInt8]: Int] = [:]

    init(query: ParsedQuery, segment: Segment, context: SearchContext, restrictedFields: Bool) {
        let dictionary = segment.dictionary
        table = TermHitTable(expectedKeys: 64 * max(1, query.terms.count))
        needsVerification = restrictedFields || !context.settings.typoTolerance.disableOnAttributes.isEmpty
        for (index, term) in query.terms.enumerated() {
            var sets: [[DocumentSet]] = [[], [], []]
            var words: [UInt32] = []
            var exactWord: UInt32? = nil
            switch term.kind {
            case .word(let word):
                if let id = dictionary.lookup(word) {
                    table.insert(id, TermHit(term: UInt8(index), cost: 0, exact: true))
                    sets[0].append(segment.postings[Int(id)])
                    words.append(id)
                    exactWord = id
                }
                if term.isPrefix && context.settings.prefixSearch == .indexingTime {
                    prefixRange = dictionary.prefixRange(word)
                    prefixTerm = index
                    prefixExactWord = dictionary.lookup(word)
                    if prefixRange.count > 1 || prefixExactWord == nil {
                        sets[0].append(DocumentSet.union(prefixRange.map { segment.postings[Int($0)] }))
                    }
                }
                for (id, cost) in addTypoDerivations(of: term, word: word, index: index, segment: segment, context: context) {
                    sets[Int(cost)].append(segment.postings[Int(id)])
                    words.append(id)
                }
            case .phrase(let phraseWords):
                if let set = addPhrase(phraseWords, term: index, exact: true, segment: segment) { sets[0].append(set) }
            }
            for alternative in term.synonyms {
                if alternative.count == 1 {
                    if let id = dictionary.lookup(alternative[0]) {
                        table.insert(id, TermHit(term: UInt8(index), cost: 0, exact: false))
                        sets[0].append(segment.postings[Int(id)])
                        words.append(id)
                    }
                } else if let set = addPhrase(alternative, term: index, exact: false, segment: segment) {
                    sets[0].append(set)
                }
            }
            costPostings.append(sets)
            termDocuments.append(DocumentSet.union(sets.flatMap { $0 }))
            termWords.append(words)
            exactWords.append(exactWord)
        }
        addConcatenations(query, segment: segment)
        if !phrases.isEmpty { needsVerification = true }
    }

    /// The documents holding a word of `term` of typo cost 0, 1 and 2 (a document may be in several).
    func costDocuments(_ term: Int) -> [DocumentSet] { costPostings[term].map { DocumentSet.union($0) } }

    /// Calls `body` with every dictionary word standing for `term` outside phrases: its own word,
    /// completions, typo derivations, single-word synonyms and concatenations.
    func forEachWord(of term: Int, _ body: (UInt32) -> Void) {
        for id in termWords[term] { body(id) }
        if term == prefixTerm {
            for id in prefixRange where id != exactWords[term] { body(id) }
        }
    }

    /// Two consecutive query words also match their concatenation (`sun flower` finds `sunflower`), at the
    /// cost of one typo: the concatenated word stands for both terms, at one position.
    private mutating func addConcatenations(_ query: ParsedQuery, segment: Segment) {
        guard query.terms.count > 1 else { return }
        for index in 0..<(query.terms.count - 1) {
            guard let first = query.terms[index].word, let second = query.terms[index + 1].word,
                  let id = segment.dictionary.lookup(first + second) else { continue }
            for term in [index, index + 1] {
                table.insert(id, TermHit(term: UInt8(term), cost: 1, exact: false))
                costPostings[term][1].append(segment.postings[Int(id)])
                termDocuments[term] = termDocuments[term].union(segment.postings[Int(id)])
                termWords[term].append(id)
            }
            typoWords[first + second] = index
        }
    }

    /// Registers a phrase alternative; returns the documents holding all its words (a superset of the
    /// documents holding the phrase), or nil when a word is unknown.
    private mutating func addPhrase(_ words: [[UInt8]], term: Int, exact: Bool, segment: Segment) -> DocumentSet? {
        var ids: [UInt32] = []
        for word in words {
            guard let id = segment.dictionary.lookup(word) else { return nil }
            ids.append(id)
        }
        let phraseIndex = UInt16(phrases.count)
        phrases.append(Phrase(term: term, words: ids, exact: exact))
        var documents = segment.postings[Int(ids[0])]
        for (position, id) in ids.enumerated() {
            table.insert(id, TermHit(term: UInt8(term), cost: 0, exact: exact, phrase: phraseIndex, phraseWord: UInt8(position)))
            if position > 0 { documents = documents.intersection(segment.postings[Int(id)]) }
        }
        return documents
    }

    /// Adds one- and two-typo derivations with Meilisearch's first-letter rule; returns them with their cost.
    private mutating func addTypoDerivations(of term: QueryTerm, word: [UInt8], index: Int, segment: Segment, context: SearchContext) -> [(id: UInt32, cost: UInt8)] {
        let scalars = String(decoding: word, as: UTF8.self).unicodeScalars.map(\.value)
        let allowed = context.allowedTypos(characters: scalars.count, word: word, isNumber: term.isNumber)
        guard allowed > 0, let first = scalars.first, scalars.count <= FuzzyTermSearch.maxTermScalars else { return [] }
        let dictionary = segment.dictionary
        let isPrefix = term.isPrefix && context.settings.prefixSearch == .indexingTime
        var firstBytes: [UInt8] = []
        firstBytes.append(contentsOf: String(Unicode.Scalar(first)!).utf8)
        let sameFirst = dictionary.prefixRange(firstBytes)
        var search = FuzzyTermSearch(dictionary: dictionary, query: scalars, maxDistance: allowed, prefix: isPrefix)
        var derived: [(id: UInt32, cost: UInt8)] = []
        let sameFirstMatches = search.matches(in: Int(sameFirst.lowerBound)..<Int(sameFirst.upperBound), limit: Self.maxOneTypo + Self.maxTwoTypos)
        derived += sameFirstMatches.map { ($0.termID, $0.distance) }
        if allowed == 2 {
            // A different first letter is one edit that counts as two typos; nothing else may differ.
            var other = FuzzyTermSearch(dictionary: dictionary, query: scalars, maxDistance: 1, prefix: isPrefix)
            let before = other.matches(in: 0..<Int(sameFirst.lowerBound), limit: Self.maxTwoTypos)
            let after = other.matches(in: Int(sameFirst.upperBound)..<dictionary.count, limit: Self.maxTwoTypos)
            derived += (before + after).map { ($0.termID, UInt8(2)) }
        }
        var oneTypo = 0, twoTypos = 0
        var kept: [(id: UInt32, cost: UInt8)] = []
        for (id, cost) in derived {
            if isPrefix && prefixRange.contains(id) { continue }
            if cost == 1 {
                guard oneTypo < Self.maxOneTypo else { continue }
                oneTypo += 1
            } else {
                guard twoTypos < Self.maxTwoTypos else { continue }
                twoTypos += 1
            }
            table.insert(id, TermHit(term: UInt8(index), cost: cost, exact: false))
            typoWords[dictionary.term(id)] = index
            kept.append((id, cost))
        }
        return kept
    }
}
