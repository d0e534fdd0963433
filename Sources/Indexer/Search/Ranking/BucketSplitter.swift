/// Splits one `words` bucket into ranking buckets with bitmap operations, best first (Meilisearch's
/// bucket sort): typo buckets from the postings of each term's words by typo cost; for one active term,
/// attribute-rank and word-position buckets from `FieldPostings`, and exactness buckets from the
/// term's own word (whether it is an attribute's only or first word, or elsewhere).
///
/// A bucket is *settled* when every one of its documents has the same ranking keys (their order is then
/// insertion order); otherwise its documents must be scored one by one. The splitter stops splitting at
/// the first rule it cannot evaluate with bitmaps. Every bucket comes with a *floor*: keys no document of
/// it ranks before (the first `floor.count` components; for a settled bucket, all of them). Floors never
/// decrease from one bucket to the next, so scoring can stop once it holds enough hits ranked strictly
/// before a floor. Where several terms meet `proximity` then `attributeRank`, the documents come grouped
/// by their attribute-rank sum, each group with the floor of proximity 0.
/// It assumes the bitmaps are exact (no `needsVerification` in any segment query).
struct BucketSplitter {
    let components: [RankingKeys.Component]
    let queries: [SegmentQuery]
    let segments: [Segment]
    let context: SearchContext
    let terms: [QueryTerm]
    /// The query terms the `words` bucket requires.
    let active: [Int]
    /// The `words` bucket's number (its key).
    let bucket: Int
    /// Buckets up to this size are scored rather than split: splitting unions the postings of every
    /// word of the terms (typo derivations, completions), which costs more than scoring a few hundred.
    static let defaultScoredOutright = 256
    /// Buckets up to this size are scored rather than split.
    var scoredOutright = BucketSplitter.defaultScoredOutright

    /// Documents per segment, whether they are settled, their floor; returns false to stop.
    typealias Visit = (_ documents: [DocumentSet], _ settled: Bool, _ floor: [UInt64]) -> Bool

    /// Calls `visit` with each bucket (documents per segment) in rank order until `visit` returns false.
    func split(_ documents: [DocumentSet], visit: Visit) {
        _ = split(documents, from: 0, keys: [], visit: visit)
    }

    /// `keys` holds the key every document shares for the components before `index`. Returns false once
    /// `visit` asked to stop.
    private func split(_ documents: [DocumentSet], from index: Int, keys: [UInt64], visit: Visit) -> Bool {
        let count = documents.reduce(0) { $0 + $1.count }
        if count == 0 { return true }
        guard index < components.count else { return visit(documents, true, keys) }
        // Scoring a few documents costs less than splitting them further.
        if count <= scoredOutright && index > 0 { return visit(documents, false, keys) }
        switch components[index] {
        case .words:
            return split(documents, from: index + 1, keys: keys + [UInt64(bucket)], visit: visit)
        case .typo:
            for (cost, level) in typoLevels(documents).enumerated() where !level.allSatisfy(\.isEmpty) {
                if !split(level, from: index + 1, keys: keys + [UInt64(cost)], visit: visit) { return false }
            }
            return true
        case .proximity where active.count == 1:
            return split(documents, from: index + 1, keys: keys + [0], visit: visit)
        case .proximity:
            guard index + 1 < components.count, case .attributeRank = components[index + 1] else {
                return visit(documents, false, keys)
            }
            for (sum, group) in attributeSumLevels(documents) where !group.allSatisfy(\.isEmpty) {
                if !visit(group, false, keys + [0, UInt64(sum)]) { return false }
            }
            return true
        case .attributeRank where active.count == 1:
            return splitByAttribute(documents, from: index, keys: keys, visit: visit)
        case .attributeRank:
            for (sum, group) in attributeSumLevels(documents) where !group.allSatisfy(\.isEmpty) {
                if !split(group, from: index + 1, keys: keys + [UInt64(sum)], visit: visit) { return false }
            }
            return true
        case .exactness where active.count < terms.count:
            for (exact, level) in exactCountLevels(documents).enumerated().reversed() where !level.allSatisfy(\.isEmpty) {
                if !split(level, from: index + 1, keys: keys + [UInt64(2 + terms.count - exact)], visit: visit) { return false }
            }
            return true
        case .exactness where terms.count == 1:
            return splitSingleTermExactness(documents, from: index, keys: keys, visit: visit)
        default:
            return visit(documents, false, keys)
        }
    }

    /// Documents by the sum of the active terms' cheapest typo cost, from 0 up.
    private func typoLevels(_ documents: [DocumentSet]) -> [[DocumentSet]] {
        var levels: [[DocumentSet]] = [documents]
        for term in active {
            var next = Array(repeating: documents.map { _ in DocumentSet.empty }, count: levels.count + 2)
            for (segment, query) in queries.enumerated() {
                let costs = query.costDocuments(term)
                let byCost = [costs[0], costs[1].subtracting(costs[0]), costs[2].subtracting(costs[0]).subtracting(costs[1])]
                for (sum, level) in levels.enumerated() where !level[segment].isEmpty {
                    for (cost, holding) in byCost.enumerated() {
                        let part = level[segment].intersection(holding)
                        if !part.isEmpty { next[sum + cost][segment] = next[sum + cost][segment].union(part) }
                    }
                }
            }
            levels = next
        }
        return levels
    }

    /// Documents by how many active terms appear as the query's own word (index = count).
    private func exactCountLevels(_ documents: [DocumentSet]) -> [[DocumentSet]] {
        var levels: [[DocumentSet]] = [documents]
        for term in active {
            var next = Array(repeating: documents.map { _ in DocumentSet.empty }, count: levels.count + 1)
            for (segment, query) in queries.enumerated() {
                let exact = query.exactWords[term].map { segments[segment].postings[Int($0)] } ?? .empty
                for (count, level) in levels.enumerated() where !level[segment].isEmpty {
                    next[count][segment] = next[count][segment].union(level[segment].subtracting(exact))
                    next[count + 1][segment] = next[count + 1][segment].union(level[segment].intersection(exact))
                }
            }
            levels = next
        }
        return levels
    }

    /// The searchable ranks in use, ascending.
    private var ranks: [UInt32] { Array(Set(context.searchableRank.filter { $0 != .max })).sorted() }

    /// Per segment, per rank (by its index in `ranks`), per band (all in band 0 unless `byBand`): the
    /// postings of the term's words in the attributes of that rank.
    private func attributePostings(of term: Int, ranks: [UInt32], byBand: Bool) -> [[[[DocumentSet]]]] {
        queries.enumerated().map { segmentIndex, query in
            var byRank = Array(repeating: Array(repeating: [DocumentSet](), count: FieldPostings.bandCount), count: ranks.count)
            let fieldPostings = segments[segmentIndex].fieldPostings
            let searchableRank = context.searchableRank
            query.forEachWord(of: term) { word in
                for entry in fieldPostings.entries(of: word) {
                    let field = Int(fieldPostings.field(entry))
                    guard field < searchableRank.count, searchableRank[field] != .max,
                          let rank = ranks.firstIndex(of: searchableRank[field]) else { continue }
                    byRank[rank][byBand ? fieldPostings.band(entry) : 0].append(fieldPostings.documents[entry])
                }
            }
            return byRank
        }
    }

    /// One active term: its best attribute rank, and when the next rule is `wordPosition` (and the term is
    /// the query's first word), the band of its first position in that attribute.
    private func splitByAttribute(_ documents: [DocumentSet], from index: Int, keys: [UInt64], visit: Visit) -> Bool {
        let term = active[0]
        let withPosition: Bool = {
            guard index + 1 < components.count, case .wordPosition = components[index + 1] else { return false }
            return terms[term].queryPosition == 0
        }()
        let ranks = ranks
        let postings = attributePostings(of: term, ranks: ranks, byBand: withPosition)
        var remaining = documents
        for rank in ranks.indices where !remaining.allSatisfy(\.isEmpty) {
            for band in 0..<(withPosition ? FieldPostings.bandCount : 1) {
                var bucket = remaining
                for segment in remaining.indices {
                    bucket[segment] = remaining[segment].isEmpty ? .empty
                        : remaining[segment].intersection(DocumentSet.union(postings[segment][rank][band]))
                    remaining[segment] = remaining[segment].subtracting(bucket[segment])
                }
                let key = keys + [UInt64(ranks[rank])] + (withPosition ? [UInt64(band)] : [])
                if !split(bucket, from: index + key.count - keys.count, keys: key, visit: visit) { return false }
            }
        }
        // Not reachable with exact bitmaps (every candidate holds the term in a searchable attribute).
        return remaining.allSatisfy(\.isEmpty) || visit(remaining, false, keys)
    }

    /// Documents by the sum over the active terms of their best attribute rank, ascending.
    private func attributeSumLevels(_ documents: [DocumentSet]) -> [(sum: Int, documents: [DocumentSet])] {
        let ranks = ranks
        var levels: [Int: [DocumentSet]] = [0: documents]
        for term in active {
            let holding = attributePostings(of: term, ranks: ranks, byBand: false).map { byRank in
                byRank.map { DocumentSet.union($0[0]) }
            }
            var next: [Int: [DocumentSet]] = [:]
            func add(_ part: [DocumentSet], at sum: Int) {
                next[sum] = zip(next[sum] ?? part.map { _ in .empty }, part).map { $0.union($1) }
            }
            for (sum, level) in levels {
                var remaining = level
                for rank in ranks.indices where !remaining.allSatisfy(\.isEmpty) {
                    var part = remaining
                    for segment in remaining.indices {
                        part[segment] = remaining[segment].isEmpty ? .empty : remaining[segment].intersection(holding[segment][rank])
                        remaining[segment] = remaining[segment].subtracting(part[segment])
                    }
                    if !part.allSatisfy(\.isEmpty) { add(part, at: sum + Int(ranks[rank])) }
                }
                // Not reachable with exact bitmaps; ranked like a term found in no searchable attribute.
                if !remaining.allSatisfy(\.isEmpty) { add(remaining, at: sum + (1 << 20)) }
            }
            levels = next
        }
        return levels.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// A one-term query: documents where some attribute is exactly the query's own word (exactness 0),
    /// where one starts with it (1), those holding the word elsewhere (2), then the rest (3).
    private func splitSingleTermExactness(_ documents: [DocumentSet], from index: Int, keys: [UInt64], visit: Visit) -> Bool {
        var levels = Array(repeating: documents.map { _ in DocumentSet.empty }, count: 4)
        for (segment, query) in queries.enumerated() {
            guard let word = query.exactWords[0] else {
                levels[3][segment] = documents[segment]
                continue
            }
            let fieldPostings = segments[segment].fieldPostings
            let entries = fieldPostings.entries(of: word)
            let sole = DocumentSet.union(entries.filter { fieldPostings.isSole($0) }.map { fieldPostings.documents[$0] })
            let leading = DocumentSet.union(entries.filter { fieldPostings.isLeading($0) }.map { fieldPostings.documents[$0] })
            var remaining = documents[segment]
            for (level, holding) in [sole, leading, segments[segment].postings[Int(word)]].enumerated() {
                levels[level][segment] = remaining.intersection(holding)
                remaining = remaining.subtracting(levels[level][segment])
            }
            levels[3][segment] = remaining
        }
        for (level, documents) in levels.enumerated() {
            if !split(documents, from: index + 1, keys: keys + [UInt64(level)], visit: visit) { return false }
        }
        return true
    }
}
