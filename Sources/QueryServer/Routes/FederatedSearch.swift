import Indexer
import LoupeJSON

/// Federated multi-search (`POST /multi-search` with `federation`): every query runs, their hits are
/// merged into one list by weighted ranking score (`_rankingScore × federationOptions.weight`; ties
/// keep query order, then each query's own order), a document found by several queries of the same
/// index appears once (with its best score), and each hit carries
/// `_federation: {indexUid, queriesPosition, weightedRankingScore}`.
///
/// `federation` takes `offset`/`limit` or `page`/`hitsPerPage` (at most ``maxReach`` hits deep);
/// queries may not paginate or ask for facets themselves (`invalid_multi_search_query_pagination`,
/// `invalid_multi_search_query_facets`). `facetsByIndex`, `mergeFacets` and `distinct` are refused
/// with `feature_not_enabled`.
struct FederatedSearch {
    /// Deepest hit a federated page may reach (offset + limit).
    static let maxReach = 1000

    private struct Candidate {
        let bytes: [UInt8]
        let indexUid: String
        let documentID: String
        let queryPosition: Int
        let rankInQuery: Int
        let score: Double
    }

    let state: ServerState
    let credential: Credential

    func run(queries: [JSONValue], federation: JSONValue) throws(APIError) -> JSONWriter {
        let clock = ContinuousClock()
        let start = clock.now
        let paging = try FederationPaging(federation)
        var candidates: [Candidate] = []
        var estimatedTotal = 0
        for (position, query) in queries.enumerated() {
            do throws(APIError) {
                let member = try FederatedQuery(query, reach: paging.reach)
                let result = try state.search(member.indexUid, body: member.body, credential: credential,
                                              extraKeys: ["indexUid", "federationOptions"])
                estimatedTotal += result.totalHits
                for (rank, hit) in result.hits.enumerated() {
                    guard case .object(var object) = try? JSONParser.parse(hit) else { continue }
                    let weighted = (object["_rankingScore"]?.numberValue?.doubleValue ?? 0) * member.weight
                    if !member.showsRankingScore { object["_rankingScore"] = nil }
                    object["_federation"] = .object(JSONObject([
                        ("indexUid", .string(member.indexUid)), ("queriesPosition", .int(position)),
                        ("weightedRankingScore", .number(JSONNumber(weighted))),
                    ]))
                    candidates.append(Candidate(bytes: JSONValue.object(object).serialized(), indexUid: member.indexUid,
                                                documentID: result.hitIDs[rank], queryPosition: position,
                                                rankInQuery: rank, score: weighted))
                }
            } catch {
                throw error.prefixed("Inside `.queries[\(position)]`: ", status: error.code == "index_not_found" ? .badRequest : nil)
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.queryPosition != b.queryPosition { return a.queryPosition < b.queryPosition }
            return a.rankInQuery < b.rankInQuery
        }
        var seen = Set<[String]>()
        let merged = candidates.filter { seen.insert([$0.indexUid, $0.documentID]).inserted }
        let duplicates = candidates.count - merged.count
        return Self.write(merged.dropFirst(paging.offset).prefix(paging.limit), paging: paging,
                          total: max(merged.count, estimatedTotal - duplicates),
                          milliseconds: Int((clock.now - start) / .milliseconds(1)))
    }

    private static func write(_ hits: ArraySlice<Candidate>, paging: FederationPaging, total: Int, milliseconds: Int) -> JSONWriter {
        var writer = JSONWriter(capacity: 4096)
        writer.writeRaw("{\"hits\":[")
        for (i, hit) in hits.enumerated() {
            if i > 0 { writer.writeRaw(",") }
            writer.writeRaw(hit.bytes)
        }
        writer.writeRaw("],\"processingTimeMs\":")
        writer.writeInt(milliseconds)
        SearchResult.writeTotals(to: &writer, total: total, limit: paging.limit, offset: paging.offset,
                                 page: paging.page, hitsPerPage: paging.hitsPerPage)
        writer.writeRaw("}")
        return writer
    }
}

/// The `federation` object: its pagination (offset/limit, or page/hitsPerPage giving exact totals).
struct FederationPaging {
    var offset = 0
    var limit = 20
    var page: Int?
    var hitsPerPage: Int?
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
        for key in ["facetsByIndex", "mergeFacets", "distinct"] where !(object[key]?.isNull ?? true) {
            throw APIError(code: "feature_not_enabled", message: "`federation.\(key)` is not supported by Loupe yet; ask for facets in separate (non-federated) queries.")
        }
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
            throw APIError(code: "invalid_multi_search_query_facets", message: "Using facet options is not allowed in federated queries.\n Hint: remove `facets` from the query or remove `federation` from the request")
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
