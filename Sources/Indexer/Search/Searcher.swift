import LoupeJSON

/// Runs one search on one generation: parses the query, resolves its terms in every segment, walks the
/// `words` buckets, scores candidates with the ranking rules, paginates and builds the hits.
struct Searcher {
    let generation: IndexGeneration

    private var context: SearchContext { generation.context }
    private var segments: [Segment] { generation.views.map(\.segment) }

    func search(_ request: SearchRequest) throws(EngineError) -> SearchResult {
        let clock = ContinuousClock()
        let start = clock.now
        let settings = generation.settings
        if let query = request.query, query.utf8.count > SearchRequest.maxQueryBytes {
            throw EngineError("invalid_search_q", "The query `q` is \(query.utf8.count) bytes long; the limit is \(SearchRequest.maxQueryBytes) bytes.")
        }
        let sort = try SortCriterion.parse(request.sort, settings: settings)
        let allowedFields = try restrictedFields(request.attributesToSearchOn)
        let pagination = Pagination(request, maxTotalHits: settings.maxTotalHits)

        let parsed = QueryParser(analyzer: context.analyzer, stopWords: context.stopWords)
            .parse(request.query ?? "")
            .expandingSynonyms(context.synonyms)

        let universes = generation.views.map { view in
            view.live.subtracting(excluded(parsed.negatives, in: view.segment))
        }
        let keys = RankingKeys(rules: context.rankingRules, sort: sort, placeholder: parsed.isPlaceholder)
        let distinct = try distinctValues(request.distinct)
        var ranking = Ranking(keys: keys, segments: segments, needed: pagination.needed, distinct: distinct)
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
            if formatter.isNeeded, case .object(let document)? = try? JSONParser.parse(Array(stored)) {
                let (formatted, matchesPosition) = formatter.format(document: document)
                Self.append([("_formatted", formatted), ("_matchesPosition", matchesPosition)], to: &bytes)
            }
            hits.append(bytes)
            ids.append(segment.store.id(hit.local))
        }
        let elapsed = clock.now - start
        return SearchResult(
            hits: hits, hitIDs: ids, query: request.query ?? "",
            processingTimeMs: Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000),
            totalHits: ranking.totalHits, facetDistribution: nil, facetStats: nil, pagination: pagination)
    }

    /// Appends keys to a serialised JSON object (before its closing brace); nil values are skipped.
    private static func append(_ members: [(String, JSONObject?)], to object: inout [UInt8]) {
        guard object.last == UInt8(ascii: "}") else { return }
        object.removeLast()
        var writer = JSONWriter(capacity: 256)
        for case let (key, value?) in members {
            if object.count > 1 || !writer.bytes.isEmpty { writer.writeRaw(",") }
            writer.writeString(key)
            writer.writeRaw(":")
            writer.write(.object(value))
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
