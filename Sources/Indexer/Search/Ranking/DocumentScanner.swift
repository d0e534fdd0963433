/// Reads one candidate's forward index and records, for every query term, whether and how it matched:
/// typo cost, exactness, best attribute and position, occurrences for proximity, and whether some
/// attribute equals or starts with the query.
///
/// Enforces what the bitmaps cannot: `attributesToSearchOn`, `disableOnAttributes` for typo
/// derivations, and phrase adjacency.
struct DocumentScanner {
    let query: SegmentQuery
    let context: SearchContext
    /// Allowed fields by id when `attributesToSearchOn` restricts the search; empty means all.
    let allowedFields: [Bool]
    let termCount: Int

    private(set) var matches: [TermMatch]
    /// Some attribute holds exactly the query's words in order / starts with them.
    private(set) var attributeEqualsQuery = false
    private(set) var attributeStartsWithQuery = false
    private var phraseFields: [[UInt32]]
    private var phrasePositions: [[UInt32]]
    private var phraseRanks: [[UInt32]]

    init(query: SegmentQuery, context: SearchContext, allowedFields: [Bool], termCount: Int) {
        self.query = query
        self.context = context
        self.allowedFields = allowedFields
        self.termCount = termCount
        matches = Array(repeating: TermMatch(), count: termCount)
        let slots = query.phrases.reduce(0) { $0 + $1.words.count }
        phraseFields = Array(repeating: [], count: slots)
        phrasePositions = Array(repeating: [], count: slots)
        phraseRanks = Array(repeating: [], count: slots)
    }

    mutating func scan(_ local: UInt32, in segment: Segment) {
        for index in matches.indices { matches[index].reset() }
        for slot in phraseFields.indices {
            phraseFields[slot].removeAll(keepingCapacity: true)
            phrasePositions[slot].removeAll(keepingCapacity: true)
            phraseRanks[slot].removeAll(keepingCapacity: true)
        }
        attributeEqualsQuery = false
        attributeStartsWithQuery = false

        let range = segment.forward.range(local)
        var field = UInt32.max, rank = UInt32.max
        var fieldAllowed = false, typoAllowed = true
        var position: UInt32 = 0
        var fieldWords = 0, leadingExact = 0, leadingBroken = false
        let ranks = context.searchableRank, typoDisabled = context.typoDisabledField
        let prefixRange = query.prefixRange, prefixTerm = query.prefixTerm

        func closeField() {
            guard field != .max, fieldAllowed, termCount > 0 else { return }
            if leadingExact >= termCount {
                attributeStartsWithQuery = true
                if fieldWords == termCount { attributeEqualsQuery = true }
            }
        }

        segment.forward.tokens.withUnsafeBufferPointer { tokens in
            for index in range {
                let token = tokens[index]
                if token > ForwardIndex.maxTermID {
                    if token == ForwardIndex.stopWord {
                        position += 1
                        fieldWords += 1
                        leadingBroken = true
                    } else if token >= ForwardIndex.gapMarker {
                        position += token & 0xFFFF
                    } else {
                        closeField()
                        field = token & ~ForwardIndex.fieldMarker
                        let id = Int(field)
                        rank = id < ranks.count ? ranks[id] : .max
                        fieldAllowed = rank != .max && (allowedFields.isEmpty || (id < allowedFields.count && allowedFields[id]))
                        typoAllowed = !(id < typoDisabled.count && typoDisabled[id])
                        position = 0
                        fieldWords = 0
                        leadingExact = 0
                        leadingBroken = false
                    }
                    continue
                }
                defer { position += 1; fieldWords += 1 }
                guard fieldAllowed else { continue }
                var exactForLeading = false
                if prefixTerm >= 0 && prefixRange.contains(token) {
                    let isExact = token == query.prefixExactWord
                    matches[prefixTerm].record(cost: 0, exact: isExact, field: field, rank: rank, position: position)
                    if isExact && prefixTerm == fieldWords { exactForLeading = true }
                }
                var hit = query.table.mayContain(token) ? query.table.firstHit(token) : -1
                while hit >= 0 {
                    let entry = query.table.hits[Int(hit)]
                    hit = query.table.nextHit(after: hit)
                    if entry.cost > 0 && !typoAllowed { continue }
                    if entry.phrase != TermHit.noPhrase {
                        let slot = phraseSlot(entry)
                        if phraseFields[slot].count < 64 {
                            phraseFields[slot].append(field)
                            phrasePositions[slot].append(position)
                            phraseRanks[slot].append(rank)
                        }
                        continue
                    }
                    matches[Int(entry.term)].record(cost: entry.cost, exact: entry.exact, field: field, rank: rank, position: position)
                    if entry.exact && Int(entry.term) == fieldWords { exactForLeading = true }
                }
                if !leadingBroken {
                    if exactForLeading && leadingExact == fieldWords { leadingExact += 1 } else { leadingBroken = true }
                }
            }
        }
        closeField()
        if !query.phrases.isEmpty { resolvePhrases() }
    }

    private func phraseSlot(_ hit: TermHit) -> Int {
        var slot = 0
        for index in 0..<Int(hit.phrase) { slot += query.phrases[index].words.count }
        return slot + Int(hit.phraseWord)
    }

    /// Records a match for every phrase whose words appear at consecutive positions of one field.
    private mutating func resolvePhrases() {
        var slot = 0
        for phrase in query.phrases {
            defer { slot += phrase.words.count }
            let starts = phraseFields[slot].indices
            for start in starts {
                let field = phraseFields[slot][start], position = phrasePositions[slot][start]
                var complete = true
                for offset in 1..<max(1, phrase.words.count) {
                    let wordSlot = slot + offset
                    let found = phraseFields[wordSlot].indices.contains {
                        phraseFields[wordSlot][$0] == field && phrasePositions[wordSlot][$0] == position + UInt32(offset)
                    }
                    if !found { complete = false; break }
                }
                if complete {
                    matches[phrase.term].record(cost: 0, exact: phrase.exact, field: field, rank: phraseRanks[slot][start], position: position)
                }
            }
        }
    }
}
