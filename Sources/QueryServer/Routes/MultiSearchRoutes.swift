import Hummingbird
import Indexer
import LoupeJSON

/// `POST /multi-search`: `{"queries": [{indexUid, …search body}]}` →
/// `{"results": [{indexUid, …search response}]}` in query order; with `federation`, one merged list
/// (see ``FederatedSearch``).
///
/// The first failing query fails the whole request; its message gets the ``Inside `.queries[i]`: ``
/// prefix, and a missing index is 400 here (not 404). Tenant tokens apply per query's index.
struct MultiSearchRoutes {
    let state: ServerState

    func register(on router: Router<LoupeContext>) {
        router.post("/multi-search") { request, _ in
            var request = request
            let credential = try state.credential(request, tenantTokens: true)
            try credential.authorize(.search, index: nil)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes).requireObject()
            for key in body.keys where key != "queries" && key != "federation" {
                throw APIError.unknownField(key, expected: ["queries", "federation"])
            }
            guard let queriesValue = body["queries"] else { throw APIError.badRequest("Missing field `queries`") }
            guard case .array(let queries) = queriesValue else {
                throw APIError.badRequest("Invalid value type at `.queries`: expected an array, but found \(queriesValue.kindName): `\(queriesValue.jsonString.prefix(100))`")
            }
            if let federation = body["federation"], !federation.isNull {
                return Response.json(try FederatedSearch(state: state, credential: credential).run(queries: queries, federation: federation))
            }
            for (position, query) in queries.enumerated() where !(query["federationOptions"]?.isNull ?? true) {
                throw APIError(code: "invalid_multi_search_federation_options", message: "Inside `.queries[\(position)]`: Using `federationOptions` is not allowed in a non-federated search.\n Hint: remove `federationOptions` from query #\(position) or add `federation` to the request.")
            }
            var writer = JSONWriter(capacity: 4096 * max(1, queries.count))
            writer.writeRaw("{\"results\":[")
            for (position, query) in queries.enumerated() {
                let prefix = "Inside `.queries[\(position)]`: "
                do throws(APIError) {
                    let uid = try Self.indexUid(of: query.requireObject())
                    let result = try state.search(uid, body: query, credential: credential, extraKeys: ["indexUid", "federationOptions"])
                    var single = JSONWriter(capacity: 4096)
                    result.write(to: &single)
                    if position > 0 { writer.writeRaw(",") }
                    writer.writeRaw("{\"indexUid\":")
                    writer.writeString(uid)
                    writer.writeRaw(",")
                    writer.writeRaw(single.bytes.dropFirst())
                } catch {
                    let status: HTTPResponse.Status? = error.code == "index_not_found" ? .badRequest : nil
                    throw error.prefixed(prefix, status: status)
                }
            }
            writer.writeRaw("]}")
            return Response.json(writer)
        }
    }

    /// A query's `indexUid`: present, a string and a valid uid.
    static func indexUid(of query: JSONObject) throws(APIError) -> String {
        guard let value = query["indexUid"] else { throw APIError(code: "missing_index_uid", message: "Missing field `indexUid`") }
        guard case .string(let uid) = value else {
            throw APIError(code: "invalid_index_uid", message: "Invalid value type at `.indexUid`: expected a string, but found \(value.kindName)")
        }
        try IndexUID.validate(uid)
        return uid
    }
}
