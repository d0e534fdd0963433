import Hummingbird
import Indexer
import LoupeJSON

/// `POST /multi-search` (non-federated): `{"queries": [{indexUid, …search body}]}` →
/// `{"results": [{indexUid, …search response}]}` in query order.
///
/// The first failing query fails the whole request; its message gets the ``Inside `.queries[i]`: ``
/// prefix, and a missing index is 400 here (not 404). Tenant tokens apply per query's index.
/// Federated search (`federation`) is refused with `feature_not_enabled`.
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
            if let federation = body["federation"], !federation.isNull {
                throw APIError(code: "feature_not_enabled", message: "Federated multi-search (`federation`) is not supported by Loupe yet; send the queries without `federation`.")
            }
            guard let queriesValue = body["queries"] else { throw APIError.badRequest("Missing field `queries`") }
            guard case .array(let queries) = queriesValue else {
                throw APIError.badRequest("Invalid value type at `.queries`: expected an array, but found \(queriesValue.kindName): `\(queriesValue.jsonString.prefix(100))`")
            }
            var writer = JSONWriter(capacity: 4096 * max(1, queries.count))
            writer.writeRaw("{\"results\":[")
            for (position, query) in queries.enumerated() {
                let prefix = "Inside `.queries[\(position)]`: "
                do throws(APIError) {
                    let object = try query.requireObject()
                    guard let uidValue = object["indexUid"] else {
                        throw APIError(code: "missing_index_uid", message: "Missing field `indexUid`")
                    }
                    guard case .string(let uid) = uidValue else {
                        throw APIError(code: "invalid_index_uid", message: "Invalid value type at `.indexUid`: expected a string, but found \(uidValue.kindName)")
                    }
                    try IndexUID.validate(uid)
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
}
