import Hummingbird
import LoupeJSON
import NIOCore

/// `GET /health` (always open; with a database sync it adds the sync's status and says `degraded` while
/// polls fail — searches are then answered from the last generation), `GET /version`, `GET /stats` and
/// `GET /metrics` (Prometheus text).
struct SystemRoutes {
    let state: ServerState

    /// The Meilisearch API version Loupe answers like, and Loupe's own version.
    static let compatibleVersion = "1.36.0"
    static let loupeVersion = "0.1.0"

    func register(on router: Router<LoupeContext>) {
        router.get("/health") { _, _ in
            guard let sync = state.sync else { return Response.json(["status": "available"]) }
            let state = sync.status.current
            return Response.json(["status": .string(state.isDegraded ? "degraded" : "available"), "sync": sync.status.json(state)])
        }
        router.get("/version") { request, _ in
            try state.authorize(request, .version)
            return Response.json(["commitSha": "unknown", "commitDate": "unknown", "pkgVersion": .string(Self.compatibleVersion),
                                  "loupeVersion": .string(Self.loupeVersion)])
        }
        router.get("/stats") { request, _ in
            let credential = try state.authorize(request, .statsGet)
            var perIndex = JSONObject()
            var total = 0
            var lastUpdate: Timestamp?
            for entry in state.indexes.all() where credential.canSee(entry.uid) {
                let statistics = IndexStatistics(entry.index.generation)
                total += statistics.bytes
                perIndex[entry.uid] = statistics.json
                if lastUpdate.map({ $0 < entry.updatedAt }) ?? true { lastUpdate = entry.updatedAt }
            }
            return Response.json(["databaseSize": .int(total), "usedDatabaseSize": .int(total),
                                  "lastUpdate": lastUpdate.map { .string($0.rfc3339) } ?? .null, "indexes": .object(perIndex)])
        }
        router.get("/metrics") { request, _ in
            try state.authorize(request, .metricsGet)
            let text = state.metrics.exposition(indexes: state.indexes, sync: state.sync?.status)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: text)))
        }
    }
}
