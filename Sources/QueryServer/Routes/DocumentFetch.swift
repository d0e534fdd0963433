import Indexer
import LoupeJSON

/// A page of stored documents (`GET /documents` and `POST /documents/fetch`): `offset`, `limit`, optional
/// `fields` (top-level projection, `*` for all), optional `ids`, and an optional `filter`.
/// Answers `{results, offset, limit, total}` in insertion order.
struct DocumentFetch {
    var offset = 0
    var limit = 20
    var fields: [String]?
    var ids: [String]?
    var filter: JSONValue?

    static let bodyFields = ["offset", "limit", "fields", "filter", "ids", "retrieveVectors", "sort"]

    init(offset: Int, limit: Int, fields: [String]?, ids: [String]?, filter: JSONValue?) {
        self.offset = offset
        self.limit = limit
        self.fields = fields
        self.ids = ids
        self.filter = filter
    }

    init(json: JSONValue) throws(APIError) {
        let body = try json.requireObject()
        for (key, value) in body {
            guard Self.bodyFields.contains(key) else { throw APIError.unknownField(key, expected: Self.bodyFields) }
            if value.isNull { continue }
            let code = "invalid_document_" + key.snakeCasedParameter
            switch key {
            case "offset", "limit":
                guard let number = value.numberValue?.int64Value, number >= 0 else {
                    throw APIError(code: code, message: "Invalid value type at `.\(key)`: expected a positive integer, but found \(value.kindName): `\(value.jsonString.prefix(100))`")
                }
                if key == "offset" { offset = Int(min(number, Int64(Int32.max))) } else { limit = Int(min(number, Int64(Int32.max))) }
            case "fields", "ids":
                guard case .array(let items) = value else {
                    throw APIError(code: code, message: "Invalid value type at `.\(key)`: expected an array, but found \(value.kindName)")
                }
                let strings = items.compactMap { item -> String? in
                    if case .number(let number) = item, key == "ids" { return number.literal }
                    return item.stringValue
                }
                guard strings.count == items.count else {
                    throw APIError(code: code, message: "Invalid value type at `.\(key)`: expected an array of strings")
                }
                if key == "fields" { fields = strings } else { ids = strings }
            case "filter":
                filter = value
            case "retrieveVectors":
                guard value.boolValue != nil else {
                    throw APIError(code: "invalid_document_retrieve_vectors", message: "Invalid value type at `.retrieveVectors`: expected a boolean")
                }
            default:
                throw APIError(code: "feature_not_enabled", message: "`\(key)` on document fetches is not supported by Loupe.")
            }
        }
    }

    func run(on index: Index) throws(APIError) -> JSONValue {
        let generation = index.generation
        var results: [JSONValue] = []
        let total: Int
        if let ids {
            if filter != nil {
                throw APIError(code: "bad_request", message: "`ids` and `filter` cannot be combined in one document fetch.")
            }
            let found = ids.compactMap { generation.document(id: $0) }
            total = found.count
            for stored in found.dropFirst(offset).prefix(limit) { results.append(project(stored)) }
        } else {
            let page = try filter.map { filter throws(APIError) in
                try engine { () throws(EngineError) in try generation.documents(offset: offset, limit: limit, filter: filter) }
            } ?? generation.documents(offset: offset, limit: limit)
            total = page.total
            results = page.documents.map(project)
        }
        return ["results": .array(results), "offset": .int(offset), "limit": .int(limit), "total": .int(total)]
    }

    private func project(_ stored: [UInt8]) -> JSONValue {
        let document = (try? JSONParser.parse(stored)) ?? .object(JSONObject())
        guard let fields else { return document }
        return Self.project(document, fields: fields)
    }

    /// `document` restricted to the top-level `fields` (and dotted paths below them), `*` meaning all.
    static func project(_ document: JSONValue, fields: [String]) -> JSONValue {
        guard case .object(let object) = document, !fields.contains("*") else { return document }
        var projected = JSONObject()
        for (key, value) in object {
            if fields.contains(key) {
                projected[key] = value
            } else {
                let nested = fields.filter { $0.hasPrefix(key + ".") }.map { String($0.dropFirst(key.count + 1)) }
                if !nested.isEmpty, case .object = value { projected[key] = project(value, fields: nested) }
            }
        }
        return .object(projected)
    }
}
