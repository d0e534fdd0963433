import Indexer
import LoupeJSON

/// The facets of a federated search: each index's counts over everything its queries matched,
/// written as `facetsByIndex: {uid: {distribution, stats}}` (indexes by uid), or — with `mergeFacets` —
/// merged into top-level `facetDistribution`/`facetStats` (counts of equal values add up, stats span
/// the indexes). Merging needs every index to order a facet's values the same way
/// (`sortFacetValuesBy`), else 400 `invalid_multi_search_facet_order`.
struct FederatedFacets {
    private struct Counted {
        let uid: String
        let facets: [(attribute: String, counts: FacetCounts)]
        let sortsByCount: [String: Bool]
    }

    private var indexes: [Counted] = []

    mutating func add(uid: String, _ facets: [(attribute: String, counts: FacetCounts)], sortsByCount: [String: Bool]) {
        indexes.append(Counted(uid: uid, facets: facets, sortsByCount: sortsByCount))
    }

    /// `,"facetsByIndex":{…}` when some index counted facets.
    func writeByIndex(to writer: inout JSONWriter) {
        guard !indexes.isEmpty else { return }
        var byIndex = JSONObject()
        for counted in indexes.sorted(by: { $0.uid.utf8.lexicographicallyPrecedes($1.uid.utf8) }) {
            let (distribution, stats) = FacetCounts.render(counted.facets)
            byIndex[counted.uid] = .object(JSONObject([("distribution", distribution), ("stats", stats)]))
        }
        writer.writeRaw(",\"facetsByIndex\":")
        writer.write(.object(byIndex))
    }

    /// `,"facetDistribution":{…},"facetStats":{…}` merged over the indexes, each facet cut to `maxValues`.
    func writeMerged(maxValues: Int, to writer: inout JSONWriter) throws(APIError) {
        guard !indexes.isEmpty else { return }
        var parts: [String: [FacetCounts]] = [:]
        var order: [String: (uid: String, byCount: Bool)] = [:]
        for counted in indexes {
            for (attribute, counts) in counted.facets {
                let byCount = counted.sortsByCount[attribute] ?? false
                if let first = order[attribute], first.byCount != byCount {
                    throw APIError(code: "invalid_multi_search_facet_order", message: "Inconsistent order for values in facet `\(attribute)`: index `\(first.uid)` orders \(Self.describe(first.byCount)), but index `\(counted.uid)` orders \(Self.describe(byCount)).\n - Hint: Remove `federation.mergeFacets` or change `faceting.sortFacetValuesBy` to be consistent in settings.")
                }
                order[attribute] = order[attribute] ?? (counted.uid, byCount)
                parts[attribute, default: []].append(counts)
            }
        }
        let merged = parts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { attribute in
            (attribute: attribute, counts: FacetCounts.merging(parts[attribute] ?? [], byCount: order[attribute]?.byCount ?? false, maxValues: maxValues))
        }
        let (distribution, stats) = FacetCounts.render(merged)
        writer.writeRaw(",\"facetDistribution\":")
        writer.write(distribution)
        writer.writeRaw(",\"facetStats\":")
        writer.write(stats)
    }

    private static func describe(_ byCount: Bool) -> String { byCount ? "by count" : "alphanumerically" }
}
