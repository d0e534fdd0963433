import Foundation
import LoupeJSON

/// An index defined by a SQL query (or view) with a primary-key column, for stores that are not on
/// Medusa. Each row becomes one document (`row_to_json`: column names as fields).
///
/// A query can join anything, so row `xmin` says nothing about which documents changed: every `refresh`
/// reads the whole result in one REPEATABLE READ snapshot (streamed) and compares it with the index —
/// documents whose JSON differs are replaced, ids that are gone are deleted, all in one write (one new
/// generation); an unchanged result writes nothing. Rows without a usable primary key are skipped and
/// named in the summary. The query is the operator's configuration and runs as written inside
/// `SELECT row_to_json(q)::text FROM (…) q`; it takes no parameters.
///
/// ```swift
/// let sync = SQLQuerySync(databaseURL: url, query: "SELECT id, name, price_cents FROM items", primaryKey: "id", index: index)
/// try sync.refresh()                   // call every poll interval
/// let differences = try sync.verify()  // empty when the index matches the query
/// ```
public final class SQLQuerySync: @unchecked Sendable {
    public let index: Index
    public let query: String
    public let primaryKey: String
    private let database: ReconnectingPostgres
    private let lock = NSLock()

    public init(databaseURL: String, query: String, primaryKey: String, index: Index,
                statementTimeoutMilliseconds: Int = 120_000, backoff: ReconnectBackoff = ReconnectBackoff()) {
        self.index = index
        self.query = query
        self.primaryKey = primaryKey
        database = ReconnectingPostgres(databaseURL, statementTimeoutMilliseconds: statementTimeoutMilliseconds, backoff: backoff)
    }

    /// Brings the index in line with the query's current result.
    @discardableResult
    public func refresh() throws -> PollSummary {
        try lock.withLock {
            let started = ContinuousClock.now
            var summary = PollSummary()
            summary.fullLoad = true
            let rows = try read(skipped: &summary.skipped)
            summary.rowsRead = rows.count
            let generation = index.generation
            var upserts: [(id: String, object: JSONObject)] = []
            for (id, object) in rows {
                if generation.document(id: id) != JSONValue.object(object).serialized() { upserts.append((id, object)) }
            }
            let deletions = index.allDocumentIDs().filter { rows[$0] == nil }
            if !upserts.isEmpty || !deletions.isEmpty {
                summary.deletedDocuments = index.applySyncBatch(upserts: upserts, deletions: deletions, primaryKey: primaryKey)
            }
            summary.changedDocuments = upserts.count
            summary.seconds = CatalogSync.seconds(since: started)
            return summary
        }
    }

    /// Compares the index with a fresh read of the query.
    public func verify() throws -> [SyncDifference] {
        try lock.withLock {
            var skipped: [String] = []
            let rows = try read(skipped: &skipped)
            var held: [String: JSONObject] = [:]
            for document in index.allDocuments() {
                if case .object(let object)? = try? JSONParser.parse(document.json) { held[document.id] = object }
            }
            return CatalogSync.compare(expected: rows, actual: held, table: index.uid)
        }
    }

    /// The query's rows by primary key, read in one snapshot.
    private func read(skipped: inout [String]) throws -> [String: JSONObject] {
        let sql = "SELECT row_to_json(q)::text FROM (\(query)) q"
        return try database.run { connection in
            var rows: [String: JSONObject] = [:]
            var problems: [String] = []
            try connection.transaction(repeatableRead: true, readOnly: true) {
                var position = 0
                try connection.stream(sql) { row in
                    defer { position += 1 }
                    guard let json = row.bytes(0), case .object(let object)? = try? JSONParser.parse(json) else {
                        problems.append("\(index.uid) row \(position): not a JSON object")
                        return
                    }
                    switch Result(catching: { () throws(EngineError) -> String in
                        try DocumentID.extract(from: .object(object), primaryKey: primaryKey, position: position)
                    }) {
                    case .success(let id): rows[id] = object
                    case .failure(let error): problems.append("\(index.uid) row \(position): \(error.message)")
                    }
                }
            }
            skipped = problems
            return rows
        }
    }
}
