import LoupeJSON

/// What the settings say about indexing, derived once per settings change: the analyzer, which
/// attributes are searchable, the stop words, and which attributes need sort columns.
struct IndexingPlan: Sendable {
    let analyzer: TextAnalyzer
    /// `nil` means every attribute is searchable.
    let searchableRules: [String]?
    let stopWords: Set<[UInt8]>
    let sortFields: [String]
    /// The attribute whose values make hits distinct, if the settings name one.
    let distinctField: String?
    /// Attribute names and patterns that get filter columns.
    let filterFields: [String]

    init(settings: IndexSettings) {
        analyzer = TextAnalyzer(settings: AnalyzerSettings(
            separatorTokens: settings.separatorTokens,
            nonSeparatorTokens: settings.nonSeparatorTokens,
            dictionary: settings.dictionary))
        searchableRules = settings.searchableAttributes
        stopWords = Set(settings.stopWords.map { TextNormalizer.searchFoldBytes($0) })
        var sortFields = settings.sortableAttributes
        for rule in settings.rankingRules {
            switch rule {
            case .ascending(let field), .descending(let field):
                if !sortFields.contains(field) { sortFields.append(field) }
            default: break
            }
        }
        self.sortFields = sortFields
        distinctField = settings.distinctAttribute
        filterFields = Array(Set(settings.filterableAttributes.flatMap(\.patterns))).sorted()
    }

    /// The rank of `path` among the searchable attributes (lower is more important), or nil when the
    /// attribute is not searchable. With `*`, the rank is the field id (order of first appearance).
    func searchableRank(of path: String, fieldID: UInt32) -> UInt32? {
        guard let rules = searchableRules else { return fieldID }
        for (rank, rule) in rules.enumerated() where AttributePattern.matches(pattern: rule, path: path) {
            return UInt32(rank)
        }
        return nil
    }
}
