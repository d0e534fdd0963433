import LoupeJSON

/// A search as Meilisearch's `POST /indexes/{uid}/search` body describes it, validated.
///
/// Every field has Meilisearch's default; `SearchRequest(json:)` reads a request body and throws
/// `EngineError` with Meilisearch's codes (`invalid_search_limit`, `bad_request`, …) on bad input.
public struct SearchRequest: Sendable {
    /// `nil` (or empty) means a placeholder search.
    public var query: String? = nil
    public var offset = 0
    public var limit = 20
    public var page: Int? = nil
    public var hitsPerPage: Int? = nil
    /// `nil` means every displayed attribute.
    public var attributesToRetrieve: [String]? = nil
    public var attributesToHighlight: [String] = []
    public var highlightPreTag = "<em>"
    public var highlightPostTag = "</em>"
    public var attributesToCrop: [String] = []
    public var cropLength = 10
    public var cropMarker = "…"
    public var showMatchesPosition = false
    /// The raw filter (string or array form); parsed against the index's filterable attributes.
    public var filter: JSONValue? = nil
    public var sort: [String] = []
    public var facets: [String] = []
    public var distinct: String? = nil
    public var matchingStrategy = MatchingStrategy.last
    public var attributesToSearchOn: [String]? = nil
    public var showRankingScore = false
    public var showRankingScoreDetails = false
    public var rankingScoreThreshold: Double? = nil
    public var locales: [String] = []
    /// Loupe extension: facets counted as if their own clause were removed from the filter.
    public var disjunctiveFacets: [String] = []
    /// Loupe extension, set by the server (not read from JSON): prices each hit as `_price`.
    public var pricer: (any HitPricer)? = nil

    public init(query: String? = nil) { self.query = query }

    /// Maximum bytes of `q`; a longer query is rejected with `invalid_search_q`, not silently truncated.
    public static let maxQueryBytes = 10_000

    /// Whether the request uses page/hitsPerPage ("finite pagination", exact totals).
    public var usesFinitePagination: Bool { page != nil || hitsPerPage != nil }

    /// Which documents must match all the query words (see Meilisearch's `matchingStrategy`).
    public enum MatchingStrategy: String, Sendable, CaseIterable { case last, all, frequency }
}
