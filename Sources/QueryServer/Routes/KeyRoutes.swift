import Hummingbird
import LoupeJSON

/// API keys: `GET /keys` (newest first, `{results, offset, limit, total}`), `POST /keys` (201),
/// `GET|PATCH|DELETE /keys/{key or uid}` (`DELETE` answers 204). Needs the master key or a key with the
/// matching `keys.*` action; without a master key every call is 401 `missing_master_key`.
struct KeyRoutes {
    let state: ServerState

    func register(on router: Router<LoupeContext>) {
        router.get("/keys") { request, _ in
            try keysCredential(request).authorizeKeys(.keysGet)
            let query = QueryString(request.uri.query)
            try query.requireKnown(["offset", "limit"])
            let offset = try query.unsigned("offset", code: "invalid_api_key_offset") ?? 0
            let limit = try query.unsigned("limit", code: "invalid_api_key_limit") ?? 20
            let listing = state.keys.list(offset: offset, limit: limit)
            return Response.json(["results": .array(listing.keys.map(\.json)), "offset": .int(offset), "limit": .int(limit), "total": .int(listing.total)])
        }
        router.post("/keys") { request, _ in
            var request = request
            try keysCredential(request).authorizeKeys(.keysCreate)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes)
            let key = try await state.tasks.perform { () throws(APIError) in
                let key = try state.keys.create(body)
                return (key, .putKey(StoredKey(key)))
            }
            return Response.json(key.json, status: .created)
        }
        router.get("/keys/{key}") { request, context in
            try keysCredential(request).authorizeKeys(.keysGet)
            let name = context.parameters.get("key") ?? ""
            guard let key = state.keys.key(uidOrSecret: name) else { throw APIError.apiKeyNotFound(name) }
            return Response.json(key.json)
        }
        router.patch("/keys/{key}") { request, context in
            var request = request
            try keysCredential(request).authorizeKeys(.keysUpdate)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes)
            let name = context.parameters.get("key") ?? ""
            let key = try await state.tasks.perform { () throws(APIError) in
                let key = try state.keys.update(name, body)
                return (key, .putKey(StoredKey(key)))
            }
            return Response.json(key.json)
        }
        router.delete("/keys/{key}") { request, context in
            try keysCredential(request).authorizeKeys(.keysDelete)
            let name = context.parameters.get("key") ?? ""
            try await state.tasks.perform { () throws(APIError) in
                ((), .deleteKey(uid: try state.keys.delete(name)))
            }
            return Response(status: .noContent)
        }
    }

    private func keysCredential(_ request: Request) throws(APIError) -> Credential {
        guard state.keys.masterKey != nil else { throw .missingMasterKey }
        return try state.credential(request)
    }
}
