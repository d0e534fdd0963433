import LoupeJSON

/// A facet value as merged across segments: a number, or a string by its filter normalization.
enum FacetKey: Hashable {
    case number(Double)
    case string(String)
}

/// One facet value with its display spelling and how many candidates carry it.
struct FacetEntry {
    let key: FacetKey
    /// The first document's spelling of a string value (unused for numbers).
    let original: String
    var count: Int

    /// The key shown to users: the original spelling, or the shortest float text (`10`, `25.5`).
    var label: String {
        switch key {
        case .number(let value): JSONNumber(value).literal
        case .string: original
        }
    }
}

extension FacetEntry {
    /// Facet listing order: numbers before strings; alphabetical on the normalized value (numbers compared
    /// as their text when `numbersAsText`, numerically otherwise), or by decreasing count then alphabetical.
    static func sorted(_ entries: [FacetEntry], byCount: Bool, numbersAsText: Bool) -> [FacetEntry] {
        // Numbers compared as text need their label, which formats a double: format each once, not per comparison.
        let labels: [String] = numbersAsText ? entries.map(\.label) : []
        let order = entries.indices.sorted { i, j in
            let a = entries[i], b = entries[j]
            switch (a.key, b.key) {
            case (.number, .string): return true
            case (.string, .number): return false
            default: break
            }
            if byCount, a.count != b.count { return a.count > b.count }
            switch (a.key, b.key) {
            case (.number(let x), .number(let y)):
                return numbersAsText ? ByteOrder.precedes(labels[i], labels[j]) : x < y
            case (.string(let x), .string(let y)):
                return ByteOrder.precedes(x, y)
            default: return false
            }
        }
        return order.map { entries[$0] }
    }

    /// Adds `entries` into `merged`, keeping the first label seen for each key.
    static func merge(_ entries: [FacetEntry], into merged: inout [FacetKey: FacetEntry]) {
        for entry in entries {
            if let existing = merged[entry.key] {
                merged[entry.key] = FacetEntry(key: entry.key, original: existing.original, count: existing.count + entry.count)
            } else {
                merged[entry.key] = entry
            }
        }
    }
}
