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
    /// The first `limit` entries in facet listing order: numbers before strings; alphabetical on the
    /// normalized value (numbers compared as their text when `numbersAsText`, numerically otherwise), or
    /// by decreasing count then alphabetical.
    ///
    /// A facet may have many more values than it shows (`maxValuesPerFacet`), so a short listing keeps a
    /// sorted window of the best `limit` seen (most values are rejected by one comparison) instead of
    /// sorting them all.
    static func first(_ limit: Int, of entries: [FacetEntry], byCount: Bool, numbersAsText: Bool) -> [FacetEntry] {
        guard limit > 0 else { return [] }
        // Numbers compared as text need their label, which formats a double: format each once, not per comparison.
        let labels: [String] = numbersAsText ? entries.map(\.label) : []
        let counts = entries.map(\.count)
        let isNumber = entries.map { entry in if case .number = entry.key { true } else { false } }
        func precedes(_ i: Int, _ j: Int) -> Bool {
            if isNumber[i] != isNumber[j] { return isNumber[i] }
            if byCount, counts[i] != counts[j] { return counts[i] > counts[j] }
            switch (entries[i].key, entries[j].key) {
            case (.number(let x), .number(let y)):
                return numbersAsText ? ByteOrder.precedes(labels[i], labels[j]) : x < y
            case (.string(let x), .string(let y)):
                return ByteOrder.precedes(x, y)
            case (.number, .string): return true
            case (.string, .number): return false
            }
        }
        guard limit * 4 < entries.count else {
            return entries.indices.sorted(by: precedes).prefix(limit).map { entries[$0] }
        }
        var window: [Int] = []
        window.reserveCapacity(limit + 1)
        for candidate in entries.indices {
            if window.count == limit, let last = window.last, !precedes(candidate, last) { continue }
            var low = 0, high = window.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(candidate, window[middle]) { high = middle } else { low = middle + 1 }
            }
            window.insert(candidate, at: low)
            if window.count > limit { window.removeLast() }
        }
        return window.map { entries[$0] }
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
