import Hummingbird
import Indexer
import LoupeJSON

/// `POST /indexes/{uid}/facet-search`: `{facetName, facetQuery?, q?, filter?, …}` →
/// `{facetHits: [{value, count}], facetQuery, processingTimeMs}` (§1.7).
///
/// The request is validated here (`missing_facet_search_facet_name`, `invalid_facet_search_*`,
/// `facet_search_disabled`, `invalid_facet_search_facet_name` for an attribute without facet search).
/// Counting needs the engine's facet index, which this build of the Indexer does not offer yet: a valid
/// request is refused with `feature_not_enabled` rather than answered wrongly.
struct FacetSearchRoutes {
    let state: ServerState

    static let facetKeys: Set<String> = ["facetName", "facetQuery", "exhaustiveFacetCount"]

    func register(on router: Router<LoupeContext>) {
        router.post("/indexes/{uid}/facet-search") { request, context -> Response in
            var request = request
            let credential = try state.credential(request, tenantTokens: true)
            let uid = try state.indexUID(context)
            try credential.authorize(.search, index: uid)
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
            _ = try engine { () throws(EngineError) in try SearchRequest(json: .object(searchPart)) }
            guard let index = state.indexes.index(uid) else { throw APIError.indexNotFound(uid) }
            let settings = index.settings
            guard settings.facetSearch else {
                throw APIError(code: "facet_search_disabled", message: "The facet search is disabled for this index, please enable it before using it.")
            }
            guard settings.filterableAttributes.contains(where: { $0.facetSearch && $0.matches(facetName) }) else {
                let available = settings.filterableAttributes.filter(\.facetSearch).flatMap(\.patterns)
                throw APIError(code: "invalid_facet_search_facet_name", message: "Attribute `\(facetName)` is not facet-searchable. \(available.isEmpty ? "This index does not have configured facet-searchable attributes." : "Available facet-searchable attributes patterns are: `\(available.joined(separator: ", "))`.") To make it facet-searchable add it to the `filterableAttributes` index settings.")
            }
            throw APIError(code: "feature_not_enabled", message: "Facet search needs the engine's facet index, which this build does not include yet.")
        }
    }
}
