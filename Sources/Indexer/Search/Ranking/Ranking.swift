/// Orders the candidates of a search and keeps the first `needed`, plus the number of matches.
///
/// `words` buckets are walked in order; once the hits needed are filled from complete buckets, later
/// buckets are only counted (with bitmaps when no per-document check is required). When a rule other than
/// `words` comes first, every bucket is scored.
struct Ranking {
    struct Hit {
        var segment: Int
        var local: UInt32
        /// The hit's ranking keys (empty for an unsorted placeholder search).
        var keys: ArraySlice<UInt64> = []
    }

    let keys: RankingKeys
    let segments: [Segment]
    let needed: Int
    /// When set, later hits sharing a value of the distinct attribute with an earlier hit are dropped.
    let distinct: DistinctValues?
    private(set) var top: [Hit] = []
    private(set) var totalHits = 0
    /// Typo-derived words of every segment and the term each stands for (for highlighting).
    private(set) var typoWords: [[UInt8]: Int] = [:]
    /// Per segment, the documents holding the loosest bucket's terms (the query's matches before the
    /// filter); nil for a placeholder search, which matches everything.
    private(set) var queryDocuments: [DocumentSet]? = nil

    /// When true, every candidate of the `words` buckets walked is scored from its forward index (the
    /// reference the bitmap buckets of `BucketSplitter` are checked against).
    let exhaustiveScoring: Bool
    /// Buckets up to this size are scored rather than split (see `BucketSplitter`).
    var scoredOutright = BucketSplitter.defaultScoredOutright

    init(keys: RankingKeys, segments: [Segment], needed: Int, distinct: DistinctValues?, exhaustiveScoring: Bool = false) {
        self.keys = keys
        self.segments = segments
        self.needed = needed
        self.distinct = distinct
        self.exhaustiveScoring = exhaustiveScoring
    }

    /// Placeholder search: insertion order, or the sort rules over every document.
    mutating func rankPlaceholder(universes: [DocumentSet]) {
        totalHits = universes.reduce(0) { $0 + $1.count }
        guard needed > 0 || distinct != nil else { return }
        if keys.width == 0 && distinct == nil {
            for (segment, universe) in universes.enumerated() where top.count < needed {
                universe.forEachChunk { chunk in
                    for local in chunk {
                        top.append(Hit(segment: segment, local: local))
                        if top.count == needed { return false }
                    }
                    return true
                }
            }
            return
        }
        var candidates = CandidateList(width: keys.width, stringComponents: keys.stringComponents)
        var row = [UInt64](repeating: 0, count: keys.width)
        for (segment, universe) in universes.enumerated() {
            universe.forEachChunk { chunk in
                for local in chunk {
                    row.withUnsafeMutableBufferPointer { buffer in
                        keys.fill(buffer, bucket: 0, active: [], scanner: nil, terms: [], local: local, segment: segments[segment], byAttribute: false)
                    }
                    row.withUnsafeBufferPointer { candidates.append(segment: segment, local: local, keys: $0) }
                }
                return true
            }
        }
        collect(candidates)
    }

    /// Query search: `words` buckets per the matching strategy, each scored by the ranking rules.
    mutating func rankQuery(_ query: ParsedQuery, universes: [DocumentSet], context: SearchContext,
                            allowedFields: [Bool], strategy: SearchRequest.MatchingStrategy, exhaustive: Bool) {
        let segmentQueries = segments.map {
            SegmentQuery(query: query, segment: $0, context: context, restrictedFields: !allowedFields.isEmpty)
        }
        for segmentQuery in segmentQueries { typoWords.merge(segmentQuery.typoWords) { first, _ in first } }
        let buckets = Self.bucketTerms(query, strategy: strategy, frequency: { term in
            zip(segmentQueries, universes).reduce(0) { $0 + $1.0.termDocuments[term].intersectionCount($1.1) }
        })
        if let loosest = buckets.last {
            queryDocuments = segmentQueries.enumerated().map { index, segmentQuery in
                loosest.reduce(DocumentSet(range: 0..<UInt32(segments[index].count))) { $0.intersection(segmentQuery.termDocuments[$1]) }
            }
        }
        let wordsFirst: Bool = {
            if case .words? = keys.components.first { return true }
            return false
        }()
        var candidates = CandidateList(width: keys.width, stringComponents: keys.stringComponents)
        var row = [UInt64](repeating: 0, count: max(1, keys.width))
        var seen = universes.map { _ in DocumentSet.empty }
        let byAttribute = context.settings.proximityPrecision == .byAttribute

        let scoreEverything = !wordsFirst || distinct != nil
        let splitsBuckets = !exhaustiveScoring && !scoreEverything && !segmentQueries.contains(where: \.needsVerification)
        for (bucket, active) in buckets.enumerated() {
            let mustScore = (needed > 0 || distinct != nil) && (scoreEverything || candidates.count < needed)
            var scanners = segmentQueries.map {
                DocumentScanner(query: $0, context: context, allowedFields: allowedFields, termCount: query.terms.count)
            }
            func score(_ local: UInt32, segment segmentIndex: Int, counting: Bool) {
                let segment = segments[segmentIndex]
                scanners[segmentIndex].scan(local, in: segment)
                let scanner = scanners[segmentIndex]
                guard active.allSatisfy({ scanner.matches[$0].matched }) else { return }
                if counting { totalHits += 1 }
                guard mustScore else { return }
                row.withUnsafeMutableBufferPointer { buffer in
                    keys.fill(buffer, bucket: bucket, active: active, scanner: scanner, terms: query.terms,
                              local: local, segment: segment, byAttribute: byAttribute)
                }
                row.withUnsafeBufferPointer {
                    candidates.append(segment: segmentIndex, local: local, keys: UnsafeBufferPointer(rebasing: $0[0..<keys.width]))
                }
            }
            var bucketDocuments: [DocumentSet] = []
            for segmentIndex in segments.indices {
                let segmentQuery = segmentQueries[segmentIndex]
                var documents = universes[segmentIndex]
                for term in active { documents = documents.intersection(segmentQuery.termDocuments[term]) }
                documents = documents.subtracting(seen[segmentIndex])
                seen[segmentIndex] = seen[segmentIndex].union(documents)
                bucketDocuments.append(documents)
                if documents.isEmpty || splitsBuckets { continue }
                if !mustScore && !segmentQuery.needsVerification {
                    totalHits += documents.count
                    continue
                }
                documents.forEachChunk { chunk in
                    for local in chunk { score(local, segment: segmentIndex, counting: true) }
                    return true
                }
            }
            if splitsBuckets {
                totalHits += bucketDocuments.reduce(0) { $0 + $1.count }
                if mustScore {
                    var splitter = BucketSplitter(components: keys.components, queries: segmentQueries, segments: segments,
                                                  context: context, terms: query.terms, active: active, bucket: bucket)
                    splitter.scoredOutright = scoredOutright
                    var threshold = Threshold()
                    splitter.split(bucketDocuments) { split, settled, floor in
                        if threshold.ranksBefore(floor, candidates, needed: needed, segments: segments) { return false }
                        // A settled bucket ranks by insertion order: only its first `needed` can be hits.
                        var budget = settled ? needed : Int.max
                        for (segmentIndex, documents) in split.enumerated() where budget > 0 {
                            documents.forEachChunk { chunk in
                                for local in chunk {
                                    guard budget > 0 else { return false }
                                    budget -= 1
                                    score(local, segment: segmentIndex, counting: false)
                                }
                                return true
                            }
                        }
                        return true
                    }
                }
            }
            if !scoreEverything && candidates.count >= needed && !exhaustive && !segmentQueries.contains(where: \.needsVerification) {
                // Remaining buckets only add to the count: their union is what the bitmaps say.
                for (segmentIndex, segmentQuery) in segmentQueries.enumerated() {
                    guard let loosest = buckets.last else { break }
                    var documents = universes[segmentIndex]
                    for term in loosest { documents = documents.intersection(segmentQuery.termDocuments[term]) }
                    totalHits += documents.subtracting(seen[segmentIndex]).count
                }
                break
            }
        }
        collect(candidates)
    }

    private mutating func collect(_ candidates: CandidateList) {
        guard let distinct else {
            let order = candidates.ranked(limit: needed, segmentsByIndex: segments)
            top = order.map { Hit(segment: candidates.segment($0), local: candidates.local($0), keys: candidates.keyRow($0)) }
            return
        }
        // Distinct needs the whole order: every kept hit hides the later ones sharing a value.
        let order = candidates.ranked(limit: candidates.count, segmentsByIndex: segments)
        var seen = Set<String>()
        var kept = 0
        top = []
        for index in order {
            let hit = Hit(segment: candidates.segment(index), local: candidates.local(index), keys: candidates.keyRow(index))
            let values = distinct.values(hit.segment, hit.local)
            if values.contains(where: seen.contains) { continue }
            seen.formUnion(values)
            kept += 1
            if top.count < needed { top.append(hit) }
        }
        totalHits = kept
    }

    /// The active terms of each `words` bucket, strictest first.
    static func bucketTerms(_ query: ParsedQuery, strategy: SearchRequest.MatchingStrategy, frequency: (Int) -> Int) -> [[Int]] {
        let all = Array(query.terms.indices)
        switch strategy {
        case .all:
            return [all]
        case .last:
            return (0..<all.count).map { dropped in Array(all.prefix(all.count - dropped)) }
        case .frequency:
            let removalOrder = all.sorted { frequency($0) > frequency($1) }
            var buckets: [[Int]] = [all]
            var remaining = Set(all)
            for term in removalOrder.dropLast() {
                remaining.remove(term)
                buckets.append(all.filter(remaining.contains))
            }
            return buckets
        }
    }
}

/// The keys of the `needed`-th best candidate, recomputed only when candidates were added.
private struct Threshold {
    private var counted = -1
    private var keys: ArraySlice<UInt64> = []

    /// True when the candidates already hold `needed` hits whose keys start strictly before `floor`.
    mutating func ranksBefore(_ floor: [UInt64], _ candidates: CandidateList, needed: Int, segments: [Segment]) -> Bool {
        guard needed > 0, candidates.count >= needed else { return false }
        if counted != candidates.count {
            counted = candidates.count
            let order = candidates.ranked(limit: needed, segmentsByIndex: segments)
            keys = order.last.map { candidates.keyRow($0) } ?? []
        }
        return keys.prefix(floor.count).lexicographicallyPrecedes(floor)
    }
}
