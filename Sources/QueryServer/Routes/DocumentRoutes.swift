import Hummingbird
import Indexer
import LoupeJSON

/// Documents: add or replace (`POST`), add or merge (`PUT`) — JSON, NDJSON or CSV bodies, creating the
/// index when missing — list (`GET`, `POST …/fetch`), get one, and delete one, a batch, by filter, or all.
/// Writes answer 202 with a task; listing and fetching are immediate.
struct DocumentRoutes {
    let state: ServerState

    static let writeParameters = ["primaryKey", "csvDelimiter", "customMetadata", "skipCreation"]

    func register(on router: Router<LoupeContext>) {
        router.post("/indexes/{uid}/documents") { request, context in
            try await write(request, context, merge: false)
        }
        router.put("/indexes/{uid}/documents") { request, context in
            try await write(request, context, merge: true)
        }
        router.get("/indexes/{uid}/documents") { request, context in
            let query = QueryString(request.uri.query)
            try query.requireKnown(["offset", "limit", "fields", "filter", "retrieveVectors", "ids"])
            let index = try readable(request, context)
            let fetch = DocumentFetch(
                offset: try query.unsigned("offset", code: "invalid_document_offset") ?? 0,
                limit: try query.unsigned("limit", code: "invalid_document_limit") ?? 20,
                fields: query["fields"].map { $0.split(separator: ",").map { String($0).trimmingSpaces } },
                ids: query["ids"].map { $0.split(separator: ",").map { String($0).trimmingSpaces } },
                filter: query["filter"].map { text in (try? JSONParser.parse(text)).flatMap { $0.arrayValue.map(JSONValue.array) } ?? .string(text) })
            return try Response.json(fetch.run(on: index))
        }
        router.post("/indexes/{uid}/documents/fetch") { request, context in
            var request = request
            let index = try readable(request, context)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes)
            return try Response.json(DocumentFetch(json: body).run(on: index))
        }
        router.get("/indexes/{uid}/documents/{id}") { request, context in
            let query = QueryString(request.uri.query)
            try query.requireKnown(["fields", "retrieveVectors"])
            let index = try readable(request, context)
            let id = context.parameters.get("id") ?? ""
            guard let stored = index.generation.document(id: id) else { throw APIError.documentNotFound(id) }
            guard let fields = query["fields"] else {
                return Response.json(JSONWriter(bytes: stored))
            }
            let document = (try? JSONParser.parse(stored)) ?? .object(JSONObject())
            return Response.json(DocumentFetch.project(document, fields: fields.split(separator: ",").map { String($0).trimmingSpaces }))
        }
        router.delete("/indexes/{uid}/documents/{id}") { request, context in
            let uid = try state.indexUID(context)
            try state.authorize(request, .documentsDelete, index: uid)
            let id = context.parameters.get("id") ?? ""
            return await state.enqueue(.documentDeletion, indexUid: uid, details: ["providedIds": 1, "deletedDocuments": .null],
                                       operation: .deleteDocuments(index: uid, ids: [id]))
        }
        router.post("/indexes/{uid}/documents/delete-batch") { request, context in
            var request = request
            let uid = try state.indexUID(context)
            try state.authorize(request, .documentsDelete, index: uid)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxPayloadBytes)
            guard case .array(let items) = body else {
                throw APIError.badRequest("Invalid value type: expected an array, but found \(body.kindName): `\(body.jsonString.prefix(100))`")
            }
            var ids: [String] = []
            for (position, item) in items.enumerated() {
                switch item {
                case .string(let text): ids.append(text)
                case .number(let number) where number.isInteger: ids.append(number.literal)
                default:
                    throw APIError.badRequest("Invalid value type at `[\(position)]`: expected a string or an integer, but found \(item.kindName): `\(item.jsonString.prefix(100))`")
                }
            }
            return await state.enqueue(.documentDeletion, indexUid: uid, details: ["providedIds": .int(ids.count), "deletedDocuments": .null],
                                       operation: .deleteDocuments(index: uid, ids: ids))
        }
        router.post("/indexes/{uid}/documents/delete") { request, context -> Response in
            var request = request
            let uid = try state.indexUID(context)
            try state.authorize(request, .documentsDelete, index: uid)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxPayloadBytes).requireObject()
            for key in body.keys where key != "filter" { throw APIError.unknownField(key, expected: ["filter"]) }
            guard let filter = body["filter"], !filter.isNull else {
                throw APIError(code: "missing_document_filter", message: "Missing field `filter`")
            }
            guard let index = state.indexes.index(uid) else { throw APIError.indexNotFound(uid) }
            // A bad filter is the request's fault: checked now, answered 400, before a task exists.
            _ = try engine { () throws(EngineError) in try index.generation.documents(offset: 0, limit: 0, filter: filter) }
            return await state.enqueue(.documentDeletion, indexUid: uid, details: ["originalFilter": .string(filter.jsonString), "deletedDocuments": .null],
                                       operation: .deleteDocumentsByFilter(index: uid, filter: filter))
        }
        router.delete("/indexes/{uid}/documents") { request, context in
            let uid = try state.indexUID(context)
            try state.authorize(request, .documentsDelete, index: uid)
            return await state.enqueue(.documentDeletion, indexUid: uid, details: ["deletedDocuments": .null],
                                       operation: .deleteAllDocuments(index: uid))
        }
    }

    /// Authorizes `documents.get` and returns the index of the path.
    private func readable(_ request: Request, _ context: LoupeContext) throws(APIError) -> Index {
        let uid = try state.indexUID(context)
        try state.authorize(request, .documentsGet, index: uid)
        return try state.existingIndex(context)
    }

    private func write(_ request: Request, _ context: LoupeContext, merge: Bool) async throws(APIError) -> Response {
        var request = request
        let uid = try state.indexUID(context)
        try state.authorize(request, .documentsAdd, index: uid)
        let query = QueryString(request.uri.query)
        try query.requireKnown(Self.writeParameters)
        let primaryKey = query["primaryKey"]
        var delimiter = UInt8(ascii: ",")
        if let given = query["csvDelimiter"] {
            guard given.utf8.count == 1, let byte = given.utf8.first, byte < 0x80 else {
                throw APIError(code: "invalid_document_csv_delimiter", message: "Invalid value in parameter `csvDelimiter`: expected a string of one character, but found the following string of \(given.count) characters: `\(given)`")
            }
            delimiter = byte
        }
        let skipCreation = query["skipCreation"] == "true"
        let payload = try await RequestPayload.read(&request, limit: state.configuration.maxPayloadBytes, accepting: PayloadFormat.documents)
        let documents = try DocumentPayload.documents(from: payload, csvDelimiter: delimiter)
        let details: JSONObject = ["receivedDocuments": .int(documents.count), "indexedDocuments": .null]
        return await state.enqueue(.documentAdditionOrUpdate, indexUid: uid, details: details,
                                   operation: .addDocuments(index: uid, documents: documents, primaryKey: primaryKey, merge: merge, skipCreation: skipCreation))
    }
}

extension JSONWriter {
    /// A writer holding already-serialized JSON.
    init(bytes: [UInt8]) {
        self.init(capacity: 0)
        writeRaw(bytes)
    }
}
