import Hummingbird
import Indexer
import LoupeJSON
import Pricing

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
    /// A `priceContext` in the body (or fixed by a tenant token) prices every hit as `_price`.
    func search(_ uid: String, body: JSONValue, credential: Credential, extraKeys: Set<String> = []) throws(APIError) -> SearchResult {
        let (index, request) = try searchRequest(uid, body: body, credential: credential, extraKeys: extraKeys)
        return try searchAdmission.run { () throws(APIError) in
            try engine { () throws(EngineError) in try index.search(request) }
        }
    }

    /// The index a search body targets and the engine request it makes for `credential`: validated,
    /// with the tenant filter AND-ed in and the pricer of its price context.
    func searchRequest(_ uid: String, body: JSONValue, credential: Credential, extraKeys: Set<String> = []) throws(APIError) -> (Index, SearchRequest) {
        let tenantFilter = try credential.authorize(.search, index: uid)
        var request = try engine { () throws(EngineError) in try SearchRequest(json: body, extraKeys: extraKeys.union(["priceContext"])) }
        guard let index = indexes.index(uid) else { throw .indexNotFound(uid) }
        if let tenantFilter { request.filter = FilterConjunction.combine(rule: tenantFilter, user: request.filter) }
        request.pricer = try hitPricer(requested: body["priceContext"], credential: credential)
        return (index, request)
    }

    /// The pricer of a priced search: the tenant token's price context when it has one (the request
    /// may not send another), else the request's `priceContext`; nil for an unpriced search.
    func hitPricer(requested: JSONValue?, credential: Credential) throws(APIError) -> BookHitPricer? {
        let requested = requested.flatMap { $0.isNull ? nil : $0 }
        let context: PricingContext
        if case .tenantToken(let token) = credential, let fixed = token.priceContext {
            guard requested == nil else {
                throw APIError(code: "invalid_search_price_context", message: "The tenant token sets the price context of this search; remove `priceContext` from the request.", status: .forbidden)
            }
            context = fixed
        } else if let requested {
            do {
                context = try PricingContext(json: requested)
            } catch {
                throw APIError(code: "invalid_search_price_context", message: "Invalid `priceContext`: \(error.message)")
            }
        } else {
            return nil
        }
        return BookHitPricer(book: try prices.requireVersioned(), context: context, keyAttribute: configuration.priceKeyAttribute)
    }
}
