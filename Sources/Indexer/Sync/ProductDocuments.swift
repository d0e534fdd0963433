import LoupeJSON

/// Product documents as Postgres built them (`ProductDocumentQuery`): id, bucket and JSON text each.
struct ProductDocuments {
    var items: [(id: String, bucket: Int, json: [UInt8])] = []

    var count: Int { items.count }

    /// Streams the documents of the products with these ids or in these buckets (both nil: every product).
    /// `onRow` is called for every row streamed (progress).
    static func read(_ connection: PostgresConnection, layout: MedusaSchemaLayout, ids: [String]?, buckets: [Int]?,
                     onRow: () -> Void = {}) throws -> ProductDocuments {
        var documents = ProductDocuments()
        try connection.stream(ProductDocumentQuery.sql(layout), [ids.map(PostgresArray.text), buckets.map(PostgresArray.text)]) { row in
            onRow()
            guard let id = row.string(0), let bucket = try row.int64(1), let json = row.bytes(2) else { return }
            documents.items.append((id, Int(bucket), json))
        }
        return documents
    }

    /// The documents as NDJSON, one per line.
    var ndjson: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(items.reduce(0) { $0 + $1.json.count + 1 })
        for item in items {
            bytes += item.json
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// The documents as JSON objects; one that does not parse is skipped and named in `skipped`.
    func parsed(skipped: inout [String]) -> [(id: String, object: JSONObject)] {
        var result: [(id: String, object: JSONObject)] = []
        result.reserveCapacity(items.count)
        for item in items {
            do {
                guard case .object(let object) = try JSONParser.parse(item.json) else {
                    skipped.append("product \(item.id): the document is not a JSON object")
                    continue
                }
                result.append((item.id, object))
            } catch {
                skipped.append("product \(item.id): \(error.message)")
            }
        }
        return result
    }
}
