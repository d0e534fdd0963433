/// Everything that configures one index, with Meilisearch's names and defaults.
///
/// Settings split in two: those that change what is indexed (`searchableAttributes`, `stopWords`, the
/// tokenizer settings, `filterableAttributes`, `sortableAttributes`) make the index rebuild its segments;
/// the rest only change how queries run. `IndexSettings()` is the Meilisearch default.
public struct IndexSettings: Sendable, Equatable {
    /// Attribute paths searched by `q`, most important first; `nil` means every attribute (`["*"]`) in order
    /// of first appearance.
    public var searchableAttributes: [String]? = nil
    /// Attributes that may appear in hits; `nil` means all (`["*"]`).
    public var displayedAttributes: [String]? = nil
    public var filterableAttributes: [FilterableAttributeRule] = []
    public var sortableAttributes: [String] = []
    public var rankingRules: [RankingRule] = RankingRule.defaults
    /// The ranking rules as the user wrote them (`attribute` stays `attribute`), for `GET /settings`.
    public var rankingRuleNames: [String] = RankingRule.defaults.map(\.name)
    public var stopWords: [String] = []
    /// One-way synonyms, keys sorted; keys and values as given (they are folded when the query runs).
    public var synonyms: [(key: String, values: [String])] = []
    public var distinctAttribute: String? = nil
    public var typoTolerance = TypoTolerance()
    public var faceting = Faceting()
    public var maxTotalHits = 1000
    public var separatorTokens: [String] = []
    public var nonSeparatorTokens: [String] = []
    public var dictionary: [String] = []
    public var proximityPrecision = ProximityPrecision.byWord
    public var searchCutoffMs: Int? = nil
    public var facetSearch = true
    public var prefixSearch = PrefixSearch.indexingTime

    public init() {}

    public static func == (a: IndexSettings, b: IndexSettings) -> Bool {
        a.searchableAttributes == b.searchableAttributes && a.displayedAttributes == b.displayedAttributes
            && a.filterableAttributes == b.filterableAttributes && a.sortableAttributes == b.sortableAttributes
            && a.rankingRuleNames == b.rankingRuleNames && a.stopWords == b.stopWords
            && a.synonyms.map(\.key) == b.synonyms.map(\.key) && a.synonyms.map(\.values) == b.synonyms.map(\.values)
            && a.distinctAttribute == b.distinctAttribute && a.typoTolerance == b.typoTolerance
            && a.faceting == b.faceting && a.maxTotalHits == b.maxTotalHits
            && a.separatorTokens == b.separatorTokens && a.nonSeparatorTokens == b.nonSeparatorTokens
            && a.dictionary == b.dictionary && a.proximityPrecision == b.proximityPrecision
            && a.searchCutoffMs == b.searchCutoffMs && a.facetSearch == b.facetSearch && a.prefixSearch == b.prefixSearch
    }

    /// Whether changing from `old` to these settings requires re-indexing the documents.
    func requiresReindex(comparedTo old: IndexSettings) -> Bool {
        searchableAttributes != old.searchableAttributes || stopWords != old.stopWords
            || separatorTokens != old.separatorTokens || nonSeparatorTokens != old.nonSeparatorTokens
            || dictionary != old.dictionary || filterableAttributes != old.filterableAttributes
            || sortableAttributes != old.sortableAttributes || rankingRules != old.rankingRules
            || distinctAttribute != old.distinctAttribute
    }

    /// Meilisearch's typo settings (§2.5 of the API notes).
    public struct TypoTolerance: Sendable, Equatable {
        public var enabled = true
        public var oneTypo = 5
        public var twoTypos = 9
        public var disableOnWords: [String] = []
        public var disableOnAttributes: [String] = []
        public var disableOnNumbers = false
        public init() {}
    }

    /// Facet distribution settings.
    public struct Faceting: Sendable, Equatable {
        public var maxValuesPerFacet = 100
        /// Attribute name (or `*`) → order; `*` defaults to alphabetical.
        public var sortFacetValuesBy: [(attribute: String, byCount: Bool)] = [("*", false)]
        public init() {}
        public static func == (a: Faceting, b: Faceting) -> Bool {
            a.maxValuesPerFacet == b.maxValuesPerFacet
                && a.sortFacetValuesBy.map(\.attribute) == b.sortFacetValuesBy.map(\.attribute)
                && a.sortFacetValuesBy.map(\.byCount) == b.sortFacetValuesBy.map(\.byCount)
        }
    }

    public enum ProximityPrecision: String, Sendable { case byWord, byAttribute }
    public enum PrefixSearch: String, Sendable { case indexingTime, disabled }
}

/// One entry of `filterableAttributes`: a plain attribute name, or Meilisearch's object form with
/// attribute patterns and the features it enables.
public struct FilterableAttributeRule: Sendable, Equatable {
    public var patterns: [String]
    public var facetSearch: Bool
    public var equality: Bool
    public var comparison: Bool
    /// Whether the rule was written as a plain string (it is echoed back the same way).
    public var isPlainName: Bool

    public init(name: String) {
        patterns = [name]
        facetSearch = true
        equality = true
        comparison = true
        isPlainName = true
    }

    public init(patterns: [String], facetSearch: Bool = false, equality: Bool = true, comparison: Bool = false) {
        self.patterns = patterns
        self.facetSearch = facetSearch
        self.equality = equality
        self.comparison = comparison
        isPlainName = false
    }

    /// Whether `path` falls under this rule: an exact name, a parent of it (`variant` covers
    /// `variant.color`), or a pattern with `*` at its start or end.
    public func matches(_ path: String) -> Bool {
        patterns.contains { AttributePattern.matches(pattern: $0, path: path) }
    }
}

/// Matching of attribute names against setting entries (`*`, `prefix*`, `*suffix`, parents of nested paths).
public enum AttributePattern {
    public static func matches(pattern: String, path: String) -> Bool {
        if pattern == "*" || pattern == path { return true }
        if path.hasPrefix(pattern), path.utf8.count > pattern.utf8.count,
           path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: pattern.utf8.count)] == UInt8(ascii: ".") {
            return true
        }
        if pattern.hasSuffix("*") && path.hasPrefix(pattern.dropLast()) { return true }
        if pattern.hasPrefix("*") && path.hasSuffix(pattern.dropFirst()) { return true }
        return false
    }
}
