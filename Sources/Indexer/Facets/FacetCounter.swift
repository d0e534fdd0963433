import LoupeJSON

/// Computes `facetDistribution` and `facetStats` (§1.5) over candidates spread across segments.
///
/// Counts are conjunctive (over the candidates given); a document counts once per distinct value. Values
/// of several segments merge by normalized value, keeping the spelling of the first segment that has it.
/// For disjunctive facets, call `count` once per facet with that facet's own candidates and assemble the
/// results with `FacetCounts.render`.
public struct FacetCounter: Sendable {
    public let filterable: [FilterableAttributeRule]
    public let faceting: IndexSettings.Faceting
    /// Up to this many candidates in all, numbers are ordered as text in alphabetical listings (Meilisearch).
    static let smallCandidateSet = 3000

    public init(filterable: [FilterableAttributeRule], faceting: IndexSettings.Faceting) {
        self.filterable = filterable
        self.faceting = faceting
    }

    /// `facetDistribution` and `facetStats` for the `facets` request parameter, every facet counted over
    /// the same candidates.
    public func distribution(
        for requested: [String], in segments: [(columns: FilterColumns, candidates: DocumentSet)]
    ) throws(EngineError) -> (distribution: JSONValue, stats: JSONValue) {
        let attributes = try resolve(requested, in: segments.map(\.columns))
        return FacetCounts.render(attributes.map { (attribute: $0, counts: count($0, in: segments)) })
    }

    /// Validates the requested names and patterns (`*`, `variant.*`) against the filterable rules and
    /// expands them to attribute names, sorted. A plain name is kept even when no document has it (it
    /// then counts as `{}`); a pattern expands to the matching paths that carry values in some segment.
    public func resolve(_ requested: [String], in columns: [FilterColumns]) throws(EngineError) -> [String] {
        var invalid: [String] = []
        var names = Set<String>()
        let present = Set(columns.flatMap(\.valuePaths))
        for name in requested {
            if name.contains("*") {
                let valid = filterable.contains { rule in
                    rule.patterns.contains { pattern in
                        AttributePattern.matches(pattern: name, path: pattern) || AttributePattern.matches(pattern: pattern, path: name)
                    }
                }
                guard valid else { invalid.append(name); continue }
                for path in present where AttributePattern.matches(pattern: name, path: path)
                    && filterable.contains(where: { $0.matches(path) }) {
                    names.insert(path)
                }
            } else {
                guard filterable.contains(where: { $0.matches(name) }) else { invalid.append(name); continue }
                names.insert(name)
            }
        }
        if !invalid.isEmpty { throw notFilterable(invalid) }
        return names.sorted { ByteOrder.precedes($0, $1) }
    }

    private func notFilterable(_ names: [String]) -> EngineError {
        let names = Set(names).sorted { ByteOrder.precedes($0, $1) }
        let subject = names.count == 1
            ? "Pattern `\(names[0])` is not filterable."
            : "Patterns `\(names.joined(separator: ", "))` are not filterable."
        let patterns = Set(filterable.flatMap(\.patterns)).sorted { ByteOrder.precedes($0, $1) }
        let available = patterns.isEmpty
            ? "This index does not have configured filterable attributes."
            : "Available filterable attributes patterns are: `\(patterns.joined(separator: ", "))`."
        return EngineError("invalid_search_facets", "Invalid facet distribution: \(subject) \(available)")
    }

    /// The distribution of one attribute (and the attributes nested under it) over the candidates.
    public func count(_ attribute: String, in segments: [(columns: FilterColumns, candidates: DocumentSet)]) -> FacetCounts {
        var entries: [FacetEntry] = []
        var ordered = true
        var merged: [FacetKey: FacetEntry] = [:]
        var segmentsWithValues = 0
        var totalCandidates = 0
        for (columns, candidates) in segments {
            totalCandidates += candidates.count
            let found = FacetTally.entries(of: columns.valueColumns(attribute), documentCount: columns.documentCount,
                                           candidates: candidates)
            guard !found.entries.isEmpty else { continue }
            segmentsWithValues += 1
            if segmentsWithValues == 1 {
                (entries, ordered) = found
            } else {
                if segmentsWithValues == 2 { FacetEntry.merge(entries, into: &merged) }
                FacetEntry.merge(found.entries, into: &merged)
            }
        }
        if segmentsWithValues > 1 { entries = Array(merged.values); ordered = false }
        var minimum: Double?, maximum: Double?
        for entry in entries {
            if case .number(let value) = entry.key {
                minimum = Swift.min(minimum ?? value, value)
                maximum = Swift.max(maximum ?? value, value)
            }
        }
        let byCount = sortsByCount(attribute), numbersAsText = totalCandidates <= Self.smallCandidateSet && minimum != nil
        let limit = Swift.max(0, faceting.maxValuesPerFacet)
        let shown = !ordered || byCount || numbersAsText
            ? FacetEntry.first(limit, of: entries, byCount: byCount, numbersAsText: numbersAsText)
            : Array(entries.prefix(limit))
        return FacetCounts(values: shown.map { (value: $0.label, count: $0.count) }, min: minimum, max: maximum)
    }

    /// `sortFacetValuesBy` for the attribute, falling back to `*`, then alphabetical.
    func sortsByCount(_ attribute: String) -> Bool {
        faceting.sortFacetValuesBy.first { $0.attribute == attribute }?.byCount
            ?? faceting.sortFacetValuesBy.first { $0.attribute == "*" }?.byCount ?? false
    }
}
