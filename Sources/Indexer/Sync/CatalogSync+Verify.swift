import LoupeJSON

/// One way memory and database disagree: a document (or price row) the database has and memory lacks
/// (`missing`), one memory has and the database does not (`extra`), or one that differs (`changed`, with
/// the top-level fields that differ).
public struct SyncDifference: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable { case missing, extra, changed }

    public var kind: Kind
    /// `products` for documents, else the pricing table name.
    public var table: String
    public var id: String
    public var fields: [String]

    public var description: String {
        "\(kind.rawValue) \(table) \(id)" + (fields.isEmpty ? "" : " (fields: \(fields.joined(separator: ", ")))")
    }
}

extension CatalogSync {
    /// Compares the index's documents — and the sink's price rows, when it can report them — with a fresh
    /// read of the database in one snapshot. Empty when everything is in sync.
    public func verify() throws -> [SyncDifference] {
        try lock.withLock {
            try database.run { connection in
                let layout = try schemaLayout(connection)
                let held = priceSink?.heldRows()
                let (documents, prices) = try connection.transaction(repeatableRead: true, readOnly: true) {
                    var rows = PriceRows()
                    if held != nil {
                        for kind in PriceOwnerKind.allCases {
                            let read = try PriceOwnerRead.read(kind, connection, ids: nil, buckets: nil)
                            for (table, list) in read.rows.tables { rows.tables[table, default: []] += list }
                        }
                    }
                    return (try ProductDocuments.read(connection, layout: layout, ids: nil, buckets: nil), rows)
                }
                var skipped: [String] = []
                var fresh: [String: JSONObject] = [:]
                for document in documents.parsed(skipped: &skipped) { fresh[document.id] = document.object }
                var inMemory: [String: JSONObject] = [:]
                for document in index.allDocuments() {
                    if case .object(let object)? = try? JSONParser.parse(document.json) { inMemory[document.id] = object }
                }
                var differences = Self.compare(expected: fresh, actual: inMemory, table: "products")
                if let held {
                    for table in Set(prices.tables.keys).union(held.tables.keys).sorted() {
                        differences += Self.compare(expected: Self.keyed(prices.tables[table] ?? []),
                                                    actual: Self.keyed(held.tables[table] ?? []), table: table)
                    }
                }
                return differences
            }
        }
    }

    static func keyed(_ rows: [JSONObject]) -> [String: JSONObject] {
        var result: [String: JSONObject] = [:]
        for row in rows { result[row["id"]?.stringValue ?? ""] = row }
        return result
    }

    static func compare(expected: [String: JSONObject], actual: [String: JSONObject], table: String) -> [SyncDifference] {
        var differences: [SyncDifference] = []
        for id in expected.keys.sorted() {
            guard let have = actual[id] else {
                differences.append(SyncDifference(kind: .missing, table: table, id: id, fields: []))
                continue
            }
            let want = expected[id] ?? JSONObject()
            guard want != have else { continue }
            let fields = Set(want.keys).union(have.keys).filter { want[$0] != have[$0] }.sorted()
            differences.append(SyncDifference(kind: .changed, table: table, id: id, fields: fields))
        }
        for id in actual.keys.sorted() where expected[id] == nil {
            differences.append(SyncDifference(kind: .extra, table: table, id: id, fields: []))
        }
        return differences
    }
}
