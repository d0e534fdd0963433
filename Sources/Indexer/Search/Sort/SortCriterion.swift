/// One entry of the `sort` parameter (`price:asc`), validated against the index settings.
struct SortCriterion: Sendable, Equatable {
    var field: String
    var ascending: Bool

    /// Parses `sort` entries: split on the last colon, attribute must be sortable, and the ranking rules must
    /// contain `sort`.
    static func parse(_ entries: [String], settings: IndexSettings) throws(EngineError) -> [SortCriterion] {
        var criteria: [SortCriterion] = []
        for entry in entries {
            if entry.hasPrefix("_geoPoint(") {
                throw EngineError("invalid_search_sort", "Loupe does not support geo sorting: `\(entry)`.")
            }
            guard let colon = entry.lastIndex(of: ":") else {
                throw EngineError("invalid_search_sort", "Invalid syntax for the sort parameter: expected expression ending by `:asc` or `:desc`, found `\(entry)`.")
            }
            let field = String(entry[..<colon])
            let direction = entry[entry.index(after: colon)...]
            guard direction == "asc" || direction == "desc", !field.isEmpty else {
                throw EngineError("invalid_search_sort", "Invalid syntax for the sort parameter: expected expression ending by `:asc` or `:desc`, found `\(entry)`.")
            }
            if field == "_geo" || field == "_geoDistance" || field == "_geoPoint" {
                throw EngineError("invalid_search_sort", "`\(field)` is a reserved keyword and thus can't be used as a sort expression.")
            }
            guard settings.sortableAttributes.contains(field) else {
                let available = settings.sortableAttributes
                let list = available.isEmpty ? "This index does not have configured sortable attributes." : "Available sortable attributes are: `\(available.joined(separator: ", "))`."
                throw EngineError("invalid_search_sort", "Attribute `\(field)` is not sortable. \(list)")
            }
            criteria.append(SortCriterion(field: field, ascending: direction == "asc"))
        }
        if !criteria.isEmpty && !settings.rankingRules.contains(.sort) {
            throw EngineError("invalid_search_sort", "You must specify where `sort` is listed in the rankingRules setting to use the sort parameter at search time.")
        }
        return criteria
    }
}
