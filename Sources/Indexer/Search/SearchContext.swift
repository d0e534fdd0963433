/// Everything a query needs from the settings, derived once per generation so a search starts at once:
/// the analyzer, stop words, synonyms, typo rules, ranking rules and per-field tables.
struct SearchContext: Sendable {
    let settings: IndexSettings
    let analyzer: TextAnalyzer
    let stopWords: Set<[UInt8]>
    let synonyms: SynonymTable
    let typoDisabledWords: Set<[UInt8]>
    /// The ranking rules with `words` inserted before the first query rule when it is missing or late.
    let rankingRules: [RankingRule]
    /// Searchable rank by field id (`UInt32.max`: not searchable).
    let searchableRank: [UInt32]
    /// Whether typo-derived words are refused in a field, by field id.
    let typoDisabledField: [Bool]
    let fields: FieldRegistry

    init(settings: IndexSettings, fields: FieldRegistry, plan: IndexingPlan) {
        self.settings = settings
        self.fields = fields
        analyzer = plan.analyzer
        stopWords = plan.stopWords
        synonyms = SynonymTable(settings.synonyms, analyzer: plan.analyzer)
        typoDisabledWords = Set(settings.typoTolerance.disableOnWords.map { TextNormalizer.searchFoldBytes($0) })
        rankingRules = Self.normalize(settings.rankingRules)
        searchableRank = fields.paths.enumerated().map { id, path in
            plan.searchableRank(of: path, fieldID: UInt32(id)) ?? .max
        }
        typoDisabledField = fields.paths.map { path in
            settings.typoTolerance.disableOnAttributes.contains { AttributePattern.matches(pattern: $0, path: path) }
        }
    }

    static func normalize(_ rules: [RankingRule]) -> [RankingRule] {
        var result: [RankingRule] = []
        var wordsPlaced = false
        for rule in rules where !result.contains(rule) {
            if rule == .words {
                if !wordsPlaced { result.append(.words) }
                wordsPlaced = true
                continue
            }
            if rule.dependsOnQuery && !wordsPlaced {
                result.append(.words)
                wordsPlaced = true
            }
            result.append(rule)
        }
        return result
    }

    /// Typos allowed for a query word of `characters` Unicode scalars.
    func allowedTypos(characters: Int, word: [UInt8], isNumber: Bool) -> Int {
        let typo = settings.typoTolerance
        guard typo.enabled, !typoDisabledWords.contains(word) else { return 0 }
        if isNumber && typo.disableOnNumbers { return 0 }
        if characters >= typo.twoTypos { return 2 }
        if characters >= typo.oneTypo { return 1 }
        return 0
    }
}
