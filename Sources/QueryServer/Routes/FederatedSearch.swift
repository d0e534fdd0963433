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
/// `invalid_multi_search_query_facets`). The queries of one index run on one generation of it, and
/// `estimatedTotalHits` counts every document some query matched, once. `facetsByIndex` counts each
/// index's facets over everything its queries matched (``FederatedFacets``); `distinct` is refused
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

    /// The queries of one index, in request order.
    private struct IndexQueries {
        let uid: String
        let index: Index
        var positions: [Int] = []
        var members: [FederatedQuery] = []
        var requests: [SearchRequest] = []
    }

    let state: ServerState
    let credential: Credential

    func run(queries: [JSONValue], federation: JSONValue) throws(APIError) -> JSONWriter {
        let clock = ContinuousClock()
        let start = clock.now
        let parameters = try FederationParameters(federation)
        let groups = try group(queries, reach: parameters.reach)
        let facetsRequested = Dictionary(parameters.facetsByIndex.map { ($0.uid, $0.facets) }, uniquingKeysWith: { _, last in last })
        var facets = FederatedFacets()
        var candidates: [Candidate] = []
        var estimatedTotal = 0
        for group in groups {
            let requested = facetsRequested[group.uid] ?? nil
            let searched = try state.searchAdmission.run { () throws(APIError) in
                try Self.search(group, facets: requested)
            }
            estimatedTotal += searched.matchedCount
            if let counted = searched.facets {
                facets.add(uid: group.uid, counted, sortsByCount: searched.sortsByCount)
            }
            for (member, (position, result)) in zip(group.members, zip(group.positions, searched.results)) {
                try collect(result, of: member, at: position, into: &candidates)
            }
        }
        try validateUnusedFacets(parameters.facetsByIndex.filter { entry in !groups.contains { $0.uid == entry.uid } })
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.queryPosition != b.queryPosition { return a.queryPosition < b.queryPosition }
            return a.rankInQuery < b.rankInQuery
        }
        var seen = Set<[String]>()
        let merged = candidates.filter { seen.insert([$0.indexUid, $0.documentID]).inserted }
        var writer = Self.write(merged.dropFirst(parameters.offset).prefix(parameters.limit), paging: parameters,
                                total: max(merged.count, estimatedTotal),
                                milliseconds: Int((clock.now - start) / .milliseconds(1)))
        if let maxValues = parameters.mergedMaxValues {
            try facets.writeMerged(maxValues: maxValues, to: &writer)
        } else {
            facets.writeByIndex(to: &writer)
        }
        writer.writeRaw("}")
        return writer
    }

    /// Parses every query and groups them by index, in order of first appearance.
    private func group(_ queries: [JSONValue], reach: Int) throws(APIError) -> [IndexQueries] {
        var groups: [IndexQueries] = []
        for (position, query) in queries.enumerated() {
            do throws(APIError) {
                let member = try FederatedQuery(query, reach: reach)
                let (index, request) = try state.searchRequest(member.indexUid, body: member.body, credential: credential,
                                                               extraKeys: ["indexUid", "federationOptions"])
                let slot = groups.firstIndex { $0.uid == member.indexUid } ?? {
                    groups.append(IndexQueries(uid: member.indexUid, index: index))
                    return groups.count - 1
                }()
                groups[slot].positions.append(position)
                groups[slot].members.append(member)
                groups[slot].requests.append(request)
            } catch {
                throw Self.inQuery(position, error)
            }
        }
        return groups
    }

    /// Runs one index's queries together, attributing an error to its query or to the index's facets.
    private static func search(_ group: IndexQueries, facets: [String]?) throws(APIError) -> SearchGroupResult {
        do throws(SearchGroupError) {
            return try group.index.search(group: group.requests, facets: facets)
        } catch {
            guard let position = error.position else {
                throw APIError(error.error).prefixed("Inside `.federation.facetsByIndex.\(group.uid)`: ")
                    .suffixed("\n - Note: index `\(group.uid)` used in `.queries[\(group.positions[0])]`")
            }
            throw inQuery(group.positions[position], APIError(error.error))
        }
    }

    /// Indexes named in `facetsByIndex` that no query searches: they must exist and the facets be valid.
    private func validateUnusedFacets(_ entries: [(uid: String, facets: [String]?)]) throws(APIError) {
        for (uid, facets) in entries {
            let prefix = "Inside `.federation.facetsByIndex.\(uid)`: ", note = "\n - Note: index `\(uid)` is not used in queries"
            do throws(APIError) {
                try credential.authorize(.search, index: uid)
                guard let index = state.indexes.index(uid) else { throw APIError.indexNotFound(uid) }
                guard let facets else { continue }
                do throws(SearchGroupError) {
                    _ = try index.search(group: [], facets: facets)
                } catch {
                    throw APIError(error.error)
                }
            } catch {
                throw error.prefixed(prefix, status: error.code == "index_not_found" ? .badRequest : nil).suffixed(note)
            }
        }
    }

    private func collect(_ result: SearchResult, of member: FederatedQuery, at position: Int, into candidates: inout [Candidate]) throws(APIError) {
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
    }

    private static func inQuery(_ position: Int, _ error: APIError) -> APIError {
        error.prefixed("Inside `.queries[\(position)]`: ", status: error.code == "index_not_found" ? .badRequest : nil)
    }

    /// The response object up to its totals (left open for the facets).
    private static func write(_ hits: ArraySlice<Candidate>, paging: FederationParameters, total: Int, milliseconds: Int) -> JSONWriter {
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
        return writer
    }
}

