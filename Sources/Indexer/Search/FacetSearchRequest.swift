/// A facet search (`POST /indexes/{uid}/facet-search`): values of `facetName` matching `facetQuery`
/// among the documents that `search` (its `q`, `filter`, `matchingStrategy`, …) matches.
public struct FacetSearchRequest: Sendable {
    public var facetName: String
    public var facetQuery: String?
    public var search: SearchRequest

    public init(facetName: String, facetQuery: String? = nil, search: SearchRequest = SearchRequest()) {
        self.facetName = facetName
        self.facetQuery = facetQuery
        self.search = search
    }
}

/// Facet values with their document counts, in Meilisearch's order.
public struct FacetSearchResult: Sendable {
    public var hits: [(value: String, count: Int)]
    public var facetQuery: String?
    public var processingTimeMs: Int
}
