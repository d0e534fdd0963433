import Logging

/// Everything `loupe serve` can be told: where to listen, the master key, request limits, the task
/// history size and logging. Defaults are safe for a laptop: loopback only, no master key.
public struct ServerConfiguration: Sendable, Equatable {
    public var host = "127.0.0.1"
    public var port = 7700
    /// Enables authentication when set (non-empty).
    public var masterKey: String? = nil
    /// Largest accepted body for document and settings writes.
    public var maxPayloadBytes = 100 * 1024 * 1024
    /// Largest accepted body for search, multi-search, facet search and the other small routes.
    public var maxSearchPayloadBytes = 1024 * 1024
    /// Longest accepted request target (path and query string).
    public var maxURILength = 16 * 1024
    /// Searches allowed to run at once; more are refused with 503 `too_many_search_requests`.
    public var maxConcurrentSearches = 1024
    /// How many finished tasks `GET /tasks` remembers.
    public var taskHistoryLimit = 10_000
    /// The document attribute holding the variant ids that priced search prices (cheapest wins).
    public var priceKeyAttribute = "variants.id"
    /// Whether `--database-url` runs the Medusa feed (index `products` and the price book); false for a
    /// database that is not a Medusa store and only feeds `sqlSources`.
    public var medusaSync = true
    /// Indexes defined by a SQL query over the server's database (`sql_sources`, YAML only).
    public var sqlSources: [SQLSourceConfiguration] = []
    public var logLevel = Logger.Level.info
    /// `json` (one object per line) or `text`.
    public var logFormat = LogFormat.json

    public enum LogFormat: String, Sendable { case json, text }

    public init() {}
}
