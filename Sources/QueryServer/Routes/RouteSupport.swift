import Hummingbird
import Indexer
import LoupeJSON

/// The request context of every Loupe route.
public typealias LoupeContext = BasicRequestContext

extension ServerState {
    /// The `{uid}` path parameter, validated as an index uid.
    func indexUID(_ context: LoupeContext) throws(APIError) -> String {
        let uid = context.parameters.get("uid") ?? ""
        try IndexUID.validate(uid)
        return uid
    }

    /// The index named by the `{uid}` path parameter, or 404 `index_not_found`.
    func existingIndex(_ context: LoupeContext) throws(APIError) -> Index {
        let uid = try indexUID(context)
        guard let index = indexes.index(uid) else { throw .indexNotFound(uid) }
        return index
    }

    /// Submits a task applying `operation` (logged when the server is durable) and answers 202 with its summary.
    func enqueue(_ kind: TaskKind, indexUid: String?, details: JSONObject = JSONObject(), operation: WriteOperation) async -> Response {
        let time = Timestamp.now()
        let record = await tasks.submit(kind, indexUid: indexUid, details: details, operation: operation, at: time, on: self)
        return .json(record.summary, status: .accepted)
    }
}

/// Runs engine calls, converting `EngineError` to `APIError` with the same code and message.
func engine<T>(_ body: () throws(EngineError) -> T) throws(APIError) -> T {
    do {
        return try body()
    } catch {
        throw APIError(error)
    }
}

extension JSONValue {
    /// A JSON integer.
    static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }

    /// The object members, or 400 `bad_request` naming what was found instead.
    func requireObject() throws(APIError) -> JSONObject {
        guard case .object(let object) = self else {
            throw .badRequest("Invalid value type: expected an object, but found \(kindName): `\(jsonString.prefix(100))`")
        }
        return object
    }

    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
