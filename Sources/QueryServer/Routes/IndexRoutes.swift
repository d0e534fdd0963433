import Hummingbird
import Indexer
import LoupeJSON

/// Index management: `GET /indexes` (paginated, uid order), `POST /indexes` (`indexCreation` task),
/// `GET|PATCH|DELETE /indexes/{uid}` and `GET /indexes/{uid}/stats`.
struct IndexRoutes {
    let state: ServerState

    func register(on router: Router<LoupeContext>) {
        router.get("/indexes") { request, _ in
            let credential = try state.authorize(request, .indexesGet)
            let query = QueryString(request.uri.query)
            try query.requireKnown(["offset", "limit"])
            let offset = try query.unsigned("offset", code: "invalid_index_offset") ?? 0
            let limit = try query.unsigned("limit", code: "invalid_index_limit") ?? 20
            let visible = state.indexes.all().filter { credential.canSee($0.uid) }
            let page = visible.dropFirst(offset).prefix(limit)
            return Response.json([
                "results": .array(page.map(Self.json)), "offset": .int(offset), "limit": .int(limit), "total": .int(visible.count),
            ])
        }
        router.post("/indexes") { request, _ in
            var request = request
            try state.authorize(request, .indexesCreate)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes).requireObject()
            for key in body.keys where key != "uid" && key != "primaryKey" { throw APIError.unknownField(key, expected: ["uid", "primaryKey"]) }
            guard let uidValue = body["uid"] else { throw APIError(code: "missing_index_uid", message: "Missing field `uid`") }
            guard case .string(let uid) = uidValue else {
                throw APIError(code: "invalid_index_uid", message: "Invalid value type at `.uid`: expected a string, but found \(uidValue.kindName)")
            }
            try IndexUID.validate(uid)
            let primaryKey = try Self.primaryKey(body["primaryKey"])
            return await state.enqueue(.indexCreation, indexUid: uid, details: ["primaryKey": primaryKey.map(JSONValue.string) ?? .null],
                                       operation: .createIndex(index: uid, primaryKey: primaryKey))
        }
        router.get("/indexes/{uid}") { request, context in
            let uid = try state.indexUID(context)
            try state.authorize(request, .indexesGet, index: uid)
            guard let entry = state.indexes.entry(uid) else { throw APIError.indexNotFound(uid) }
            return Response.json(Self.json(entry))
        }
        router.patch("/indexes/{uid}") { request, context in
            var request = request
            let uid = try state.indexUID(context)
            try state.authorize(request, .indexesUpdate, index: uid)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes).requireObject()
            for key in body.keys where key != "primaryKey" { throw APIError.unknownField(key, expected: ["primaryKey"]) }
            let primaryKey = try Self.primaryKey(body["primaryKey"])
            return await state.enqueue(.indexUpdate, indexUid: uid, details: ["primaryKey": primaryKey.map(JSONValue.string) ?? .null],
                                       operation: .updateIndex(index: uid, primaryKey: primaryKey))
        }
        router.delete("/indexes/{uid}") { request, context in
            let uid = try state.indexUID(context)
            try state.authorize(request, .indexesDelete, index: uid)
            return await state.enqueue(.indexDeletion, indexUid: uid, details: ["deletedDocuments": .int(0)],
                                       operation: .deleteIndex(index: uid))
        }
        router.get("/indexes/{uid}/stats") { request, context in
            let uid = try state.indexUID(context)
            try state.authorize(request, .statsGet, index: uid)
            guard let index = state.indexes.index(uid) else { throw APIError.indexNotFound(uid) }
            return Response.json(IndexStatistics(index.generation).json)
        }
    }

    static func primaryKey(_ value: JSONValue?) throws(APIError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let key)?: return key
        case let other?:
            throw APIError(code: "invalid_index_primary_key", message: "Invalid value type at `.primaryKey`: expected a string, but found \(other.kindName): `\(other.jsonString.prefix(100))`")
        }
    }

    static func json(_ entry: IndexEntry) -> JSONValue {
        ["uid": .string(entry.uid), "createdAt": .string(entry.createdAt.rfc3339), "updatedAt": .string(entry.updatedAt.rfc3339),
         "primaryKey": entry.index.primaryKey.map(JSONValue.string) ?? .null]
    }
}
