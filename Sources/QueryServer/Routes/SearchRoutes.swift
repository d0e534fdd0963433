import Hummingbird
import Indexer
import LoupeJSON

/// `POST /indexes/{uid}/search` (JSON body) and `GET /indexes/{uid}/search` (query string, §1.3).
///
/// Both need the `search` action; tenant tokens are accepted and their filter is AND-ed with the
/// request's. The body is parsed and validated by the engine's `SearchRequest`; the response is written
/// by `SearchResult` straight into the response buffer.
struct SearchRoutes {
    let state: ServerState

    func register(on router: Router<LoupeContext>) {
        router.post("/indexes/{uid}/search") { request, context in
            var request = request
            let credential = try state.credential(request, tenantTokens: true)
            let uid = try state.indexUID(context)
            try credential.authorize(.search, index: uid)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes)
            return try respond(state.search(uid, body: body, credential: credential))
        }
        router.get("/indexes/{uid}/search") { request, context in
            let credential = try state.credential(request, tenantTokens: true)
            let uid = try state.indexUID(context)
            try credential.authorize(.search, index: uid)
            let body = try SearchQueryParameters.json(QueryString(request.uri.query))
            return try respond(state.search(uid, body: body, credential: credential))
        }
    }

    private func respond(_ result: SearchResult) -> Response {
        var writer = JSONWriter(capacity: 4096)
        result.write(to: &writer)
        return .json(writer)
    }
}

extension ServerState {
    /// Runs one search on index `uid` for `credential` (whose tenant filter, if any, is applied).
    func search(_ uid: String, body: JSONValue, credential: Credential, extraKeys: Set<String> = []) throws(APIError) -> SearchResult {
        let tenantFilter = try credential.authorize(.search, index: uid)
        var request = try engine { () throws(EngineError) in try SearchRequest(json: body, extraKeys: extraKeys) }
        guard let index = indexes.index(uid) else { throw .indexNotFound(uid) }
        if let tenantFilter { request.filter = FilterConjunction.combine(rule: tenantFilter, user: request.filter) }
        return try searchAdmission.run { () throws(APIError) in
            try engine { () throws(EngineError) in try index.search(request) }
        }
    }
}
