import Hummingbird
import Indexer
import LoupeJSON

/// `POST /indexes/{uid}/facet-search`: `{facetName, facetQuery?, q?, filter?, …}` →
/// `{facetHits: [{value, count}], facetQuery, processingTimeMs}` (§1.7).
///
/// The request's shape is validated here (`missing_facet_search_facet_name`, `invalid_facet_search_*`);
/// the engine checks the attribute (`facet_search_disabled`, `invalid_facet_search_facet_name`) and counts
/// the values among the documents the search part (`q`, `filter`, …) matches. A tenant token's filter
/// narrows those documents like a search's.
struct FacetSearchRoutes {
    let state: ServerState

    static let facetKeys: Set<String> = ["facetName", "facetQuery", "exhaustiveFacetCount"]

    func register(on router: Router<LoupeContext>) {
        router.post("/indexes/{uid}/facet-search") { request, context -> Response in
            var request = request
            let credential = try state.credential(request, tenantTokens: true)
            let uid = try state.indexUID(context)
            let tenantFilter = try credential.authorize(.search, index: uid)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes).requireObject()
            guard let nameValue = body["facetName"], !nameValue.isNull else {
                throw APIError(code: "missing_facet_search_facet_name", message: "Missing field `facetName`")
            }
            guard case .string(let facetName) = nameValue else {
                throw APIError(code: "invalid_facet_search_facet_name", message: "Invalid value type at `.facetName`: expected a string, but found \(nameValue.kindName)")
            }
            if let query = body["facetQuery"], !query.isNull, query.stringValue == nil {
                throw APIError(code: "invalid_facet_search_query", message: "Invalid value type at `.facetQuery`: expected a string, but found \(query.kindName)")
            }
            if let exhaustive = body["exhaustiveFacetCount"], !exhaustive.isNull, exhaustive.boolValue == nil {
                throw APIError(code: "invalid_facet_search_exhaustive_facet_count", message: "Invalid value type at `.exhaustiveFacetCount`: expected a boolean, but found \(exhaustive.kindName)")
            }
            var searchPart = body
            for key in Self.facetKeys { _ = searchPart.removeValue(forKey: key) }
            var search = try engine { () throws(EngineError) in try SearchRequest(json: .object(searchPart)) }
            if let tenantFilter { search.filter = FilterConjunction.combine(rule: tenantFilter, user: search.filter) }
            guard let index = state.indexes.index(uid) else { throw APIError.indexNotFound(uid) }
            let facetSearch = FacetSearchRequest(facetName: facetName, facetQuery: body["facetQuery"]?.stringValue, search: search)
            let result = try engine { () throws(EngineError) in try index.facetSearch(facetSearch) }
            return .json([
                "facetHits": .array(result.hits.map { ["value": .string($0.value), "count": .int($0.count)] }),
                "facetQuery": result.facetQuery.map { .string($0) } ?? .null,
                "processingTimeMs": .int(result.processingTimeMs),
            ])
        }
    }
}
