/// `POST /indexes/{uid}/facet-search` (§1.7): string values of one facet whose search-folded form starts
/// with the folded `facetQuery` (typo tolerant), counted over candidates spread across segments.
public enum FacetSearch {
    /// Throws `facet_search_disabled` when the index setting is off, `invalid_facet_search_facet_name`
    /// when no filterable rule matches `facetName` or the first matching rule disables facet search.
    public static func validate(facetName: String, filterable: [FilterableAttributeRule], facetSearchEnabled: Bool) throws(EngineError) {
        guard facetSearchEnabled else {
            throw EngineError("facet_search_disabled", "The facet search is disabled for this index")
        }
        if let index = filterable.firstIndex(where: { $0.matches(facetName) }) {
            guard !filterable[index].facetSearch else { return }
            throw EngineError("invalid_facet_search_facet_name", """
                Attribute `\(facetName)` is not facet-searchable. Note: this attribute matches rule #\(index) in filterableAttributes, but this rule does not enable facetSearch.
                Hint: enable facetSearch in rule #\(index) by adding `"facetSearch": true` to the rule.
                Hint: prepend another rule matching \(facetName) with facetSearch: true before rule #\(index)
                """)
        }
        let patterns = Set(filterable.filter(\.facetSearch).flatMap(\.patterns)).sorted { ByteOrder.precedes($0, $1) }
        let available = patterns.isEmpty
            ? "This index does not have configured facet-searchable attributes."
            : "Available facet-searchable attributes patterns are: `\(patterns.joined(separator: ", "))`."
        throw EngineError("invalid_facet_search_facet_name",
                          "Attribute `\(facetName)` is not facet-searchable. \(available) To make it facet-searchable add it to the `filterableAttributes` index settings.")
    }

    /// Matching values with their candidate counts (zero counts left out), alphabetical on the normalized
    /// value or by decreasing count, at most `maxValues`. A nil or empty query lists every value.
    public static func search(
        facetName: String, query: String?,
        segments: [(columns: FilterColumns, candidates: DocumentSet)],
        typoTolerance: IndexSettings.TypoTolerance, maxValues: Int, sortByCount: Bool
    ) -> [(value: String, count: Int)] {
        let folded = TextNormalizer.searchFoldBytes(query ?? "")
        let matcher = FacetQueryMatcher(foldedQuery: folded, maxTypos: allowedTypos(folded, facetName: facetName, typoTolerance))
        var merged: [FacetKey: FacetEntry] = [:]
        for (columns, candidates) in segments where !candidates.isEmpty {
            var found: [FacetEntry] = []
            for column in columns.valueColumns(facetName) {
                for value in matchingValues(column, matcher) {
                    let count = column.stringPostings.count(of: value, in: candidates)
                    if count > 0 {
                        found.append(FacetEntry(key: .string(column.strings[value]), original: column.originals[value], count: count))
                    }
                }
            }
            FacetEntry.merge(found, into: &merged)
        }
        return FacetEntry.first(maxValues, of: Array(merged.values), byCount: sortByCount, numbersAsText: true)
            .map { (value: $0.label, count: $0.count) }
    }

    /// 0, 1 or 2 typos by the folded query's byte length, unless typos are disabled for it.
    static func allowedTypos(_ folded: [UInt8], facetName: String, _ settings: IndexSettings.TypoTolerance) -> Int {
        guard settings.enabled,
              !settings.disableOnAttributes.contains(where: { AttributePattern.matches(pattern: $0, path: facetName) }),
              !settings.disableOnWords.contains(where: { TextNormalizer.searchFoldBytes($0) == folded }) else { return 0 }
        if folded.count < settings.oneTypo { return 0 }
        return folded.count < settings.twoTypos ? 1 : 2
    }

    /// String value ids of `column` accepted by the matcher; exact prefixes come from a binary search.
    private static func matchingValues(_ column: AttributeColumn, _ matcher: FacetQueryMatcher) -> [Int] {
        if matcher.maxTypos > 0 && !matcher.queryBytes.isEmpty {
            return column.folded.indices.filter { matcher.matches(column.folded[$0]) }
        }
        let order = column.foldedOrder
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            if column.folded[Int(order[mid])].lexicographicallyPrecedes(matcher.queryBytes) { low = mid + 1 } else { high = mid }
        }
        var values: [Int] = []
        while low < order.count, column.folded[Int(order[low])].starts(with: matcher.queryBytes) {
            values.append(Int(order[low]))
            low += 1
        }
        return values
    }
}
