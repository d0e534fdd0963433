import LoupeJSON

/// Several searches of one index answered from one generation, with facets counted over everything
/// they matched together — federated multi-search's `facetsByIndex`: Meilisearch counts an index's
/// facets over the union of its queries' matches, not over the hits of the merged page.
public struct SearchGroupResult: Sendable {
    /// One result per request, in request order.
    public var results: [SearchResult]
    /// Documents matched by at least one of the searches (counted once).
    public var matchedCount: Int
    /// The requested facets over those documents (attributes sorted by name); nil when none were asked.
    public var facets: [(attribute: String, counts: FacetCounts)]?
    /// How the index orders the values of each counted facet (`sortFacetValuesBy`): true by count.
    public var sortsByCount: [String: Bool]
}

/// A search of a group that failed: `position` is the request's, nil for the group's facets.
public struct SearchGroupError: Error, Sendable {
    public let position: Int?
    public let error: EngineError
}

extension Index {
    /// Runs `requests` on the current generation and counts `facets` (names or patterns, validated like
    /// a search's `facets`) over the union of their matches. A `_price` facet is priced with the first
    /// request that carries a pricer.
    public func search(group requests: [SearchRequest], facets: [String]?) throws(SearchGroupError) -> SearchGroupResult {
        let current = generation
        var results: [SearchResult] = []
        var matched: [DocumentSet] = Array(repeating: .empty, count: current.views.count)
        for (position, request) in requests.enumerated() {
            do throws(EngineError) {
                let (result, matches) = try Searcher(generation: current.searched(by: request)).searchKeepingMatches(request)
                results.append(result)
                for (segment, documents) in matches.enumerated() { matched[segment] = matched[segment].union(documents) }
            } catch {
                throw SearchGroupError(position: position, error: error)
            }
        }
        let matchedCount = matched.reduce(0) { $0 + $1.count }
        guard let facets else { return SearchGroupResult(results: results, matchedCount: matchedCount, facets: nil, sortsByCount: [:]) }
        let counted = current.priced(forFacets: facets, by: requests.lazy.compactMap(\.pricer).first)
        let counter = FacetCounter(filterable: counted.settings.filterableAttributes, faceting: counted.settings.faceting)
        let columns = counted.views.map(\.segment.filters)
        do throws(EngineError) {
            let attributes = try counter.resolve(facets, in: columns)
            let candidates = zip(columns, matched).map { (columns: $0, candidates: $1) }
            return SearchGroupResult(
                results: results, matchedCount: matchedCount,
                facets: attributes.map { (attribute: $0, counts: counter.count($0, in: candidates)) },
                sortsByCount: Dictionary(attributes.map { ($0, counter.sortsByCount($0)) }, uniquingKeysWith: { first, _ in first }))
        } catch {
            throw SearchGroupError(position: nil, error: error)
        }
    }
}

private extension IndexGeneration {
    /// This generation, with `_price` columns when `facets` counts `_price` and a pricer is given.
    func priced(forFacets facets: [String], by pricer: (any HitPricer)?) -> IndexGeneration {
        guard let pricer, facets.contains(PricedAttribute.name) else { return self }
        return priced(by: pricer)
    }
}
