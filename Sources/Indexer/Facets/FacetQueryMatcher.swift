/// Decides whether a facet value (search-folded) starts with the search-folded facet query, allowing
/// `maxTypos` Damerau–Levenshtein edits (adjacent swap = 1) between the query and some prefix of the value.
///
/// First-letter rule (§2.5): when the value's first character differs from the query's, the match is
/// accepted only at distance 1 and counts as 2 typos, so it needs `maxTypos == 2`. An empty query
/// matches every value.
struct FacetQueryMatcher {
    let query: [Unicode.Scalar]
    let queryBytes: [UInt8]
    let maxTypos: Int

    init(foldedQuery: [UInt8], maxTypos: Int) {
        queryBytes = foldedQuery
        query = Array(String(decoding: foldedQuery, as: UTF8.self).unicodeScalars)
        self.maxTypos = maxTypos
    }

    func matches(_ folded: [UInt8]) -> Bool {
        if query.isEmpty || folded.starts(with: queryBytes) { return true }
        guard maxTypos > 0 else { return false }
        let candidate = Array(String(decoding: folded, as: UTF8.self).unicodeScalars.prefix(query.count + maxTypos))
        guard let distance = prefixDistance(to: candidate) else { return false }
        if candidate.first != query.first { return maxTypos >= 2 && distance <= 1 }
        return true
    }

    /// The smallest optimal-string-alignment distance between the query and a prefix of `candidate`,
    /// or nil when it exceeds `maxTypos`.
    private func prefixDistance(to candidate: [Unicode.Scalar]) -> Int? {
        let m = query.count, n = candidate.count
        var previous2 = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...m {
            current[0] = i
            var rowMinimum = i
            for j in stride(from: 1, through: n, by: 1) {
                let cost = query[i - 1] == candidate[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, query[i - 1] == candidate[j - 2], query[i - 2] == candidate[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > maxTypos { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let distance = previous.min() ?? m
        return distance <= maxTypos ? distance : nil
    }
}
