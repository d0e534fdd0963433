import Hummingbird
import Synchronization

/// What every route shares: configuration, indexes, the price book, the task queue, keys and metrics.
public final class ServerState: Sendable {
    public let configuration: ServerConfiguration
    public let indexes: IndexRegistry
    public let prices: PriceBookStore
    /// The Postgres sync, when the server runs with a database (attached after recovery, see `attach`).
    public var sync: SyncService? { attachedSync.withLock { $0 } }
    private let attachedSync: Mutex<SyncService?>
    public let tasks: TaskQueue
    public let keys: KeyStore
    public let metrics: ServerMetrics
    let searchAdmission: SearchAdmission

    public init(configuration: ServerConfiguration, indexes: IndexRegistry = IndexRegistry(), prices: PriceBookStore = PriceBookStore(),
                sync: SyncService? = nil) {
        self.configuration = configuration
        self.indexes = indexes
        self.prices = prices
        attachedSync = Mutex(sync)
        tasks = TaskQueue(historyLimit: configuration.taskHistoryLimit)
        keys = KeyStore(masterKey: configuration.masterKey)
        metrics = ServerMetrics()
        searchAdmission = SearchAdmission(limit: configuration.maxConcurrentSearches)
    }

    /// Attaches the database sync once the data directory is recovered (the sync feeds the recovered index).
    public func attach(_ sync: SyncService) {
        attachedSync.withLock { $0 = sync }
    }

    /// The caller's credential (see `Credential.authenticate`).
    func credential(_ request: Request, tenantTokens: Bool = false) throws(APIError) -> Credential {
        try Credential.authenticate(request.headers, keys: keys, tenantTokens: tenantTokens)
    }

    /// Authenticates and checks `action` on `index` in one step, for routes that accept no tenant token.
    @discardableResult
    func authorize(_ request: Request, _ action: APIAction, index: String? = nil) throws(APIError) -> Credential {
        let credential = try credential(request)
        try credential.authorize(action, index: index)
        return credential
    }
}

/// Bounds the searches running at once; beyond the limit a search is refused with 503
/// `too_many_search_requests` (and `Retry-After: 10`) instead of queueing without end.
final class SearchAdmission: Sendable {
    private let running = Atomic<Int>(0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    func run<T>(_ body: () throws(APIError) -> T) throws(APIError) -> T {
        let now = running.add(1, ordering: .relaxed).newValue
        defer { running.subtract(1, ordering: .relaxed) }
        guard now <= limit else {
            throw APIError(code: "too_many_search_requests", message: "Too many search requests running at the same time: \(limit). Retry after 10s.")
        }
        return try body()
    }
}
