import Indexer
import LoupeJSON

/// The `federation` object: its pagination (offset/limit, or page/hitsPerPage giving exact totals) and
/// its facets (`facetsByIndex`, optionally merged by `mergeFacets`).
struct FederationParameters {
    var offset = 0
    var limit = 20
    var page: Int?
    var hitsPerPage: Int?
    /// Facets to count per index uid (a null entry counts none), in request order.
    var facetsByIndex: [(uid: String, facets: [String]?)] = []
    /// With `mergeFacets`: how many values each merged facet shows.
    var mergedMaxValues: Int?
    /// How many hits each query must return for the merged page.
    var reach: Int { offset + limit }

    static let fields = ["offset", "limit", "page", "hitsPerPage", "facetsByIndex", "mergeFacets", "distinct"]

    init(_ federation: JSONValue) throws(APIError) {
        guard let object = federation.objectValue else {
            throw APIError(code: "invalid_multi_search_federated", message: "Invalid value type at `.federation`: expected an object, but found \(federation.kindName): `\(federation.jsonString.prefix(100))`")
        }
        for key in object.keys where !Self.fields.contains(key) {
            throw APIError.unknownField(key, at: ".federation", expected: Self.fields)
        }
        if let distinct = object["distinct"], !distinct.isNull {
            throw APIError(code: "feature_not_enabled", message: "`federation.distinct` is not supported by Loupe yet; set `distinct` on each query.")
        }
        if let value = object["facetsByIndex"], !value.isNull { facetsByIndex = try Self.facetsByIndex(value) }
        if let value = object["mergeFacets"], !value.isNull { mergedMaxValues = try Self.mergedMaxValues(value) }
        func count(_ key: String, minimum: Int) throws(APIError) -> Int? {
            guard let value = object[key], !value.isNull else { return nil }
            guard let number = value.numberValue?.int64Value, number >= minimum, number <= Int64(FederatedSearch.maxReach) else {
                throw APIError(code: "invalid_multi_search_federated", message: "Invalid value at `.federation.\(key)`: expected an integer from \(minimum) to \(FederatedSearch.maxReach), found `\(value.jsonString.prefix(50))`.")
            }
            return Int(number)
        }
        page = try count("page", minimum: 1)
        hitsPerPage = try count("hitsPerPage", minimum: 0)
        if page != nil || hitsPerPage != nil {
            let size = hitsPerPage ?? 20, number = page ?? 1
            (page, hitsPerPage, offset, limit) = (number, size, (number - 1) * size, size)
        } else {
            offset = try count("offset", minimum: 0) ?? 0
            limit = try count("limit", minimum: 0) ?? 20
        }
        guard offset + limit <= FederatedSearch.maxReach else {
            throw APIError(code: "invalid_multi_search_federated", message: "A federated page may reach at most \(FederatedSearch.maxReach) hits deep (offset + limit is \(offset + limit)).")
        }
    }
}

extension FederationParameters {
    /// Default number of values a merged facet shows (Meilisearch's).
    static let defaultMergedMaxValues = 100

    private static func facetsByIndex(_ value: JSONValue) throws(APIError) -> [(uid: String, facets: [String]?)] {
        guard let object = value.objectValue else {
            throw APIError(code: "invalid_multi_search_facets_by_index", message: "Invalid value type at `.federation.facetsByIndex`: expected an object, but found \(value.kindName): `\(value.jsonString.prefix(100))`")
        }
        var entries: [(uid: String, facets: [String]?)] = []
        for (uid, facets) in object {
            do throws(APIError) {
                try IndexUID.validate(uid)
            } catch {
                throw APIError(code: "invalid_multi_search_facets_by_index", message: "Invalid value at `.federation.facetsByIndex`: \(error.message)")
            }
            if facets.isNull { entries.append((uid, nil)); continue }
            guard case .array(let names) = facets, names.allSatisfy({ $0.stringValue != nil }) else {
                throw APIError(code: "invalid_multi_search_facets_by_index", message: "Invalid value type at `.federation.facetsByIndex.\(uid)`: expected an array of strings, but found `\(facets.jsonString.prefix(100))`")
            }
            entries.append((uid, names.compactMap(\.stringValue)))
        }
        return entries
    }

    private static func mergedMaxValues(_ value: JSONValue) throws(APIError) -> Int {
        guard let object = value.objectValue else {
            throw APIError(code: "invalid_multi_search_merge_facets", message: "Invalid value type at `.federation.mergeFacets`: expected an object, but found \(value.kindName): `\(value.jsonString.prefix(100))`")
        }
        for key in object.keys where key != "maxValuesPerFacet" {
            throw APIError(code: "invalid_multi_search_merge_facets", message: "Unknown field `\(key)` inside `.federation.mergeFacets`: expected `maxValuesPerFacet`")
        }
        guard let limit = object["maxValuesPerFacet"], !limit.isNull else { return defaultMergedMaxValues }
        guard let number = limit.numberValue?.int64Value, number >= 0, number <= Int64(UInt32.max) else {
            throw APIError(code: "invalid_multi_search_max_values_per_facet", message: "Invalid value at `.federation.mergeFacets.maxValuesPerFacet`: expected a positive integer, but found `\(limit.jsonString.prefix(50))`")
        }
        return Int(number)
    }
}

/// One query of a federated request: its index, weight and the search body it runs with (asking
/// for the ranking score and enough hits for the merged page).
struct FederatedQuery {
    let indexUid: String
    let weight: Double
    let showsRankingScore: Bool
    let body: JSONValue

    init(_ query: JSONValue, reach: Int) throws(APIError) {
        var object = try query.requireObject()
        let uid = try MultiSearchRoutes.indexUid(of: object)
        for key in ["offset", "limit", "page", "hitsPerPage"] where object[key] != nil {
            throw APIError(code: "invalid_multi_search_query_pagination", message: "Using pagination options is not allowed in federated queries.\n Hint: remove `\(key)` from the query or remove `federation` from the request\n Hint: pass `federation.limit` and `federation.offset` for pagination in federated search")
        }
        if let facets = object["facets"], !facets.isNull {
            throw APIError(code: "invalid_multi_search_query_facets", message: "Using facet options is not allowed in federated queries.\n - Hint: remove `facets` from the query or remove `federation` from the request\n - Hint: pass `federation.facetsByIndex.\(uid): \(facets.jsonString.prefix(200))` for facets in federated search")
        }
        var weight = 1.0
        if let options = object["federationOptions"], !options.isNull {
            guard let fields = options.objectValue else {
                throw APIError(code: "invalid_multi_search_federation_options", message: "Invalid value type at `.federationOptions`: expected an object, but found \(options.kindName)")
            }
            for key in fields.keys where key != "weight" {
                throw APIError(code: "invalid_multi_search_federation_options", message: "Unknown field `\(key)` inside `.federationOptions`: expected `weight` (`queryPosition` and `remote` are not supported by Loupe)")
            }
            if let value = fields["weight"] {
                guard let number = value.numberValue?.doubleValue, number >= 0, number.isFinite else {
                    throw APIError(code: "invalid_multi_search_weight", message: "Invalid value at `.federationOptions.weight`: the value of `weight` is invalid, expected a positive float (>= 0.0).")
                }
                weight = number
            }
        }
        showsRankingScore = object["showRankingScore"]?.boolValue ?? false
        object["showRankingScore"] = .bool(true)
        object["limit"] = .int(reach)
        indexUid = uid
        self.weight = weight
        body = .object(object)
    }
}
