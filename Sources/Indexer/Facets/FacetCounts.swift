import LoupeJSON

/// The facet distribution of one attribute over a candidate set: values in display order (already
/// truncated to `maxValuesPerFacet`) and the min/max of its numeric values (nil when it has none).
public struct FacetCounts: Sendable {
    public let values: [(value: String, count: Int)]
    public let min: Double?
    public let max: Double?

    /// `{value: count}` in display order.
    public var distributionJSON: JSONValue {
        .object(JSONObject(values.map { (key: $0.value, value: JSONValue.number(JSONNumber($0.count))) }))
    }

    /// `{"min": 10.0, "max": 25.5}` (floats, as Meilisearch prints them), or nil without numbers.
    public var statsJSON: JSONValue? {
        guard let min, let max else { return nil }
        return ["min": .number(Self.float(min)), "max": .number(Self.float(max))]
    }

    private static func float(_ value: Double) -> JSONNumber {
        JSONNumber(literal: value.description) ?? JSONNumber(value)
    }

    /// `facetDistribution` and `facetStats` objects for several attributes (given in output order).
    public static func render(_ facets: [(attribute: String, counts: FacetCounts)]) -> (distribution: JSONValue, stats: JSONValue) {
        let distribution = JSONObject(facets.map { (key: $0.attribute, value: $0.counts.distributionJSON) })
        let stats = JSONObject(facets.compactMap { facet in facet.counts.statsJSON.map { (key: facet.attribute, value: $0) } })
        return (.object(distribution), .object(stats))
    }
}
