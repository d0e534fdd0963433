import LoupeJSON

/// Runs one search on one generation: parses the query, resolves its terms in every segment, walks the
/// `words` buckets, scores candidates with the ranking rules, paginates and builds the hits.
struct Searcher {
    let generation: IndexGeneration
    /// Scores every candidate of the buckets walked instead of splitting them with bitmaps (for tests).
    var exhaustiveScoring = false
    /// Buckets up to this size are scored rather than split (tests lower it to split everything).
    var scoredOutright = BucketSplitter.defaultScoredOutright

    private var context: SearchContext { generation.context }
    private var segments: [Segment] { generation.views.map(\.segment) }

    func search(_ request: SearchRequest) throws(EngineError) -> SearchResult {
        try run(request, keepingMatches: false).result
    }

    /// A search and, per segment, every document it matched (what its facets count): the pieces a
    /// ``SearchGroup`` unites.
    func searchKeepingMatches(_ request: SearchRequest) throws(EngineError) -> (result: SearchResult, matches: [DocumentSet]) {
        try run(request, keepingMatches: true)
    }

    private func run(_ request: SearchRequest, keepingMatches: Bool) throws(EngineError) -> (result: SearchResult, matches: [DocumentSet]) {
        let clock = ContinuousClock()
        let start = clock.now
        let settings = generation.settings
        if request.rankingScoreThreshold != nil || request.showRankingScoreDetails {
            throw EngineError("feature_not_enabled", "`rankingScoreThreshold` and `showRankingScoreDetails` are not supported by Loupe yet; `showRankingScore` is.")
        }
        if let query = request.query, query.utf8.count > SearchRequest.maxQueryBytes {
            throw EngineError("invalid_search_q", "The query `q` is \(query.utf8.count) bytes long; the limit is \(SearchRequest.maxQueryBytes) bytes.")
        }
        let sort = try SortCriterion.parse(request.sort, settings: settings)
        let allowedFields = try restrictedFields(request.attributesToSearchOn)
        let pagination = Pagination(request, maxTotalHits: settings.maxTotalHits)

        let prepared = try prepare(request)
        let parsed = prepared.query
        let universes = prepared.universes
        let keys = RankingKeys(rules: context.rankingRules, sort: sort, placeholder: parsed.isPlaceholder)
        let distinct = try distinctValues(request.distinct)
        var ranking = Ranking(keys: keys, segments: segments, needed: pagination.needed, distinct: distinct,
                              exhaustiveScoring: exhaustiveScoring)
        ranking.scoredOutright = scoredOutright
        if parsed.isPlaceholder {
            ranking.rankPlaceholder(universes: universes)
        } else {
            ranking.rankQuery(parsed, universes: universes, context: context, allowedFields: allowedFields,
                              strategy: request.matchingStrategy, exhaustive: pagination.isFinite)
        }

        let projection = DocumentProjection(displayed: settings.displayedAttributes, retrieve: request.attributesToRetrieve)
        let formatter = HitFormatter(
            request: request, settings: settings,
            matcher: QueryMatcher(query: parsed, derivations: ranking.typoWords, prefixEnabled: settings.prefixSearch == .indexingTime),
            analyzer: context.analyzer, stopWords: context.stopWords)
        let page = ranking.top.dropFirst(pagination.offset).prefix(pagination.limit)
        var hits: [[UInt8]] = []
        var ids: [String] = []
        hits.reserveCapacity(page.count)
        for hit in page {
            let segment = segments[hit.segment]
            let stored = segment.store.document(hit.local)
            var bytes = projection.project(stored)
            let needsDocument = formatter.isNeeded || request.pricer != nil
            if needsDocument, case .object(let document)? = try? JSONParser.parse(Array(stored)) {
                if formatter.isNeeded {
                    let (formatted, matchesPosition) = formatter.format(document: document)
                    Self.append([("_formatted", formatted.map { .object($0) }), ("_matchesPosition", matchesPosition.map { .object($0) })], to: &bytes)
                }
                if let pricer = request.pricer {
                    Self.append([("_price", pricer.price(forKeys: pricer.keys(of: document)) ?? .null)], to: &bytes)
                }
            }
            if request.showRankingScore {
                let score = parsed.isPlaceholder ? 1.0 : keys.rankingScore(hit.keys, termCount: parsed.terms.count)
                Self.append([("_rankingScore", .number(JSONNumber(score)))], to: &bytes)
            }
            hits.append(bytes)
            ids.append(segment.store.id(hit.local))
        }
        let facets = try facetCounts(request, prepared: prepared, queryDocuments: ranking.queryDocuments)
        let result = SearchResult(
            hits: hits, hitIDs: ids, query: request.query ?? "",
            processingTimeMs: Self.milliseconds(since: start, clock),
            totalHits: ranking.totalHits, facetDistribution: facets?.distribution, facetStats: facets?.stats,
            pagination: pagination)
        return (result, keepingMatches ? Self.matches(prepared.universes, queryDocuments: ranking.queryDocuments) : [])
    }

    /// Per segment, the documents of `universes` the query matched (all of them for a placeholder).
    static func matches(_ universes: [DocumentSet], queryDocuments: [DocumentSet]?) -> [DocumentSet] {
        guard let queryDocuments else { return universes }
        return zip(queryDocuments, universes).map { $0.intersection($1) }
    }

    /// Values of a facet among the documents a search matches (Meilisearch's facet search).
    func facetSearch(_ request: FacetSearchRequest) throws(EngineError) -> FacetSearchResult {
        let clock = ContinuousClock()
        let start = clock.now
        let settings = generation.settings
        try FacetSearch.validate(facetName: request.facetName, filterable: settings.filterableAttributes, facetSearchEnabled: settings.facetSearch)
        let prepared = try prepare(request.search)
        var documents = prepared.universes
        if !prepared.query.isPlaceholder {
            // Ranking nothing (no hit is needed) only resolves the query's matching documents.
            var ranking = Ranking(keys: RankingKeys(rules: [], sort: [], placeholder: false), segments: segments, needed: 0, distinct: nil)
            ranking.rankQuery(prepared.query, universes: prepared.universes, context: context, allowedFields: [],
                              strategy: request.search.matchingStrategy, exhaustive: false)
            documents = Self.matches(documents, queryDocuments: ranking.queryDocuments)
        }
        let counter = FacetCounter(filterable: settings.filterableAttributes, faceting: settings.faceting)
        let hits = FacetSearch.search(
            facetName: request.facetName, query: request.facetQuery,
            segments: zip(segments, documents).map { (columns: $0.filters, candidates: $1) },
            typoTolerance: settings.typoTolerance, maxValues: settings.faceting.maxValuesPerFacet,
            sortByCount: counter.sortsByCount(request.facetName))
        return FacetSearchResult(hits: hits, facetQuery: request.facetQuery, processingTimeMs: Self.milliseconds(since: start, clock))
    }

    /// What every kind of search needs first: the parsed query and, per segment, the live documents that
    /// pass the filter and no negative term (`universes`) or only no negative term (`bases`).
    struct Prepared {
        var query: ParsedQuery
        var filter: FilterExpression?
        var bases: [DocumentSet]
        var universes: [DocumentSet]
    }

    private func prepare(_ request: SearchRequest) throws(EngineError) -> Prepared {
        let filter = try Self.parseFilter(request.filter, settings: generation.settings)
        let query = QueryParser(analyzer: context.analyzer, stopWords: context.stopWords)
            .parse(request.query ?? "")
            .expandingSynonyms(context.synonyms)
        let bases = generation.views.map { view in
            view.live.subtracting(excluded(query.negatives, in: view.segment))
        }
        let universes = filter.map { filter in
            zip(segments, bases).map { $0.filters.evaluate(filter, universe: $1) }
        } ?? bases
        return Prepared(query: query, filter: filter, bases: bases, universes: universes)
    }

    /// Parses a filter (string or array form) and checks it against the filterable attributes.
    static func parseFilter(_ filter: JSONValue?, settings: IndexSettings) throws(EngineError) -> FilterExpression? {
        guard let filter, let expression = try FilterParser.parse(filter) else { return nil }
        try expression.validate(filterable: settings.filterableAttributes)
        return expression
    }

    /// `facetDistribution` and `facetStats` for `facets`, plus Loupe's `disjunctiveFacets`: each counted over
    /// the matches of the query under the filter without that facet's own clauses.
    private func facetCounts(_ request: SearchRequest, prepared: Prepared, queryDocuments: [DocumentSet]?) throws(EngineError) -> (distribution: JSONValue, stats: JSONValue)? {
        guard !request.facets.isEmpty || !request.disjunctiveFacets.isEmpty else { return nil }
        let settings = generation.settings
        let counter = FacetCounter(filterable: settings.filterableAttributes, faceting: settings.faceting)
        let columns = segments.map(\.filters)
        func candidates(_ universes: [DocumentSet]) -> [(columns: FilterColumns, candidates: DocumentSet)] {
            zip(columns, Self.matches(universes, queryDocuments: queryDocuments)).map { (columns: $0, candidates: $1) }
        }
        let disjunctive = try counter.resolve(request.disjunctiveFacets, in: columns)
        let conjunctive = try counter.resolve(request.facets, in: columns).filter { !disjunctive.contains($0) }
        let regular = candidates(prepared.universes)
        var counted = conjunctive.map { (attribute: $0, counts: counter.count($0, in: regular)) }
        for attribute in disjunctive {
            let loosened = prepared.filter?.removingClauses(on: attribute)
            let universes = loosened.map { filter in
                zip(columns, prepared.bases).map { $0.evaluate(filter, universe: $1) }
            } ?? prepared.bases
            counted.append((attribute, counter.count(attribute, in: candidates(universes))))
        }
        counted.sort { $0.attribute.utf8.lexicographicallyPrecedes($1.attribute.utf8) }
        return FacetCounts.render(counted)
    }

    static func milliseconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Int {
        let elapsed = clock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Appends keys to a serialised JSON object (before its closing brace); nil values are skipped.
    private static func append(_ members: [(String, JSONValue?)], to object: inout [UInt8]) {
        guard object.last == UInt8(ascii: "}") else { return }
        object.removeLast()
        var writer = JSONWriter(capacity: 256)
        for case let (key, value?) in members {
            if object.count > 1 || !writer.bytes.isEmpty { writer.writeRaw(",") }
            writer.writeString(key)
            writer.writeRaw(":")
            writer.write(value)
        }
        object += writer.bytes
        object.append(UInt8(ascii: "}"))
    }

    /// The distinct attribute of this search: the request's (which must be filterable) or the setting's.
    private func distinctValues(_ requested: String?) throws(EngineError) -> DistinctValues? {
        let settings = generation.settings
        if let requested {
            guard settings.filterableAttributes.contains(where: { $0.matches(requested) }) else {
                let patterns = settings.filterableAttributes.flatMap(\.patterns)
                throw EngineError("invalid_search_distinct", "Attribute `\(requested)` is not filterable and thus, cannot be used as distinct attribute. \(patterns.isEmpty ? "This index does not have configured filterable attributes." : "Available filterable attributes patterns are: `\(patterns.joined(separator: ", "))`.")")
            }
            return DistinctValues(field: requested, segments: segments, fromColumn: requested == settings.distinctAttribute)
        }
        return settings.distinctAttribute.map { DistinctValues(field: $0, segments: segments, fromColumn: true) }
    }

    /// Validates `attributesToSearchOn` and returns the allowed fields by field id (empty: all).
    private func restrictedFields(_ names: [String]?) throws(EngineError) -> [Bool] {
        guard let names, !names.contains("*") else { return [] }
        let rules = generation.settings.searchableAttributes
        for name in names {
            if let rules, !rules.contains(where: { AttributePattern.matches(pattern: $0, path: name) }) {
                throw EngineError("invalid_search_attributes_to_search_on", "Attribute `\(name)` is not searchable. Available searchable attributes are: `\(rules.joined(separator: ", "))`.")
            }
        }
        return generation.fields.paths.map { path in
            names.contains { AttributePattern.matches(pattern: $0, path: path) }
        }
    }

    /// Documents holding a negative term: the exact word, or all words of a negative phrase.
    private func excluded(_ negatives: [QueryTerm], in segment: Segment) -> DocumentSet {
        var sets: [DocumentSet] = []
        for term in negatives {
            switch term.kind {
            case .word(let word):
                if let id = segment.dictionary.lookup(word) { sets.append(segment.postings[Int(id)]) }
            case .phrase(let words):
                var documents: DocumentSet? = nil
                for word in words {
                    guard let id = segment.dictionary.lookup(word) else { documents = .empty; break }
                    documents = documents.map { $0.intersection(segment.postings[Int(id)]) } ?? segment.postings[Int(id)]
                }
                if let documents { sets.append(documents) }
            }
        }
        return DocumentSet.union(sets)
    }
}
