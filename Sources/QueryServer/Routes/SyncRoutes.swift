import Hummingbird
import Indexer
import LoupeJSON

/// The Postgres sync's admin routes (present when `loupe serve` runs with a database):
///
/// - `GET /sync` (action `sync.get`) → the sync's status: staleness, last poll, last error, reindex state,
///   and `fullLoadProgress` (rows read, expected, rows/s, ETA) while a full load runs;
/// - `POST /sync/verify` (action `sync.verify`) → `{"inSync", "differences": [{kind, table, id, fields}]}`
///   from a fresh read of the database compared with memory (what `loupe verify` prints);
/// - `POST /sync/reindex` (action `sync.reindex`) → 202: a full reload is queued for the next poll;
///   the old generation keeps serving until the new one swaps in; follow it with `GET /sync`.
struct SyncRoutes {
    let state: ServerState
    /// Most differences returned by one verify (the count is always complete).
    static let maxReportedDifferences = 10_000

    func register(on router: Router<LoupeContext>) {
        router.get("/sync") { request, _ in
            try state.authorize(request, .syncGet)
            return Response.json(try state.requireSync().statusJSON)
        }
        router.post("/sync/verify") { request, _ in
            try state.authorize(request, .syncVerify)
            let sync = try state.requireSync()
            let differences: [SyncDifference]
            switch await sync.verify() {
            case .success(let found): differences = found
            case .failure(let error):
                throw APIError(code: "sync_unavailable", message: "The database could not be read to verify: \(error)")
            }
            return Response.json(.object(JSONObject([
                ("inSync", .bool(differences.isEmpty)),
                ("count", .int(differences.count)),
                ("differences", .array(differences.prefix(Self.maxReportedDifferences).map { difference in
                    .object(JSONObject([("kind", .string(difference.kind.rawValue)), ("table", .string(difference.table)),
                                        ("id", .string(difference.id)), ("fields", .array(difference.fields.map(JSONValue.string)))]))
                })),
            ])))
        }
        router.post("/sync/reindex") { request, _ in
            try state.authorize(request, .syncReindex)
            let sync = try state.requireSync()
            guard sync.status.queueReindex() else {
                throw APIError(code: "reindex_already_running", message: "A reindex is already queued or running; follow it with `GET /sync`.")
            }
            return Response.json(sync.statusJSON, status: .accepted)
        }
    }
}

extension ServerState {
    func requireSync() throws(APIError) -> SyncService {
        guard let sync else {
            throw APIError(code: "sync_not_configured", message: "This server does not sync from a database: start `loupe serve` with `--database-url`.")
        }
        return sync
    }
}
