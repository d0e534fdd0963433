extension FacetCounts {
    /// One attribute's counts from several indexes as one distribution (federated `mergeFacets`): counts
    /// of the same value add up, the stats span every part, and values are ordered by count (descending,
    /// ties by value) or by value (byte order), then cut to `maxValues`.
    public static func merging(_ parts: [FacetCounts], byCount: Bool, maxValues: Int) -> FacetCounts {
        var order: [String] = []
        var totals: [String: Int] = [:]
        for part in parts {
            for (value, count) in part.values {
                if totals[value] == nil { order.append(value) }
                totals[value, default: 0] += count
            }
        }
        order.sort { a, b in
            if byCount, let countA = totals[a], let countB = totals[b], countA != countB { return countA > countB }
            return ByteOrder.precedes(a, b)
        }
        let minimum = parts.compactMap(\.min).min(), maximum = parts.compactMap(\.max).max()
        return FacetCounts(values: order.prefix(Swift.max(0, maxValues)).map { (value: $0, count: totals[$0] ?? 0) },
                           min: minimum, max: maximum)
    }
}
