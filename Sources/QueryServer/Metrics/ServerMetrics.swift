import Prometheus
import Synchronization

/// The server's Prometheus metrics, kept in a registry of its own (not the process-wide metrics
/// system), so several servers in one process — as in tests — never mix their numbers.
///
/// - `loupe_http_request_duration_seconds{route,method,status}`: latency histogram per route pattern
///   (`/indexes/{uid}/search`, never the concrete uid) and status;
/// - `loupe_index_documents`, `loupe_index_size_bytes`, `loupe_index_generation{index}`: refreshed at each
///   scrape; the generation counts the atomic generation swaps (writes) since the index was created.
///   Gauges of deleted indexes are removed;
/// - with a database sync: `loupe_sync_staleness_seconds` (since the last successful poll),
///   `loupe_sync_lag_transactions` (how far the database moved in the last poll), `loupe_sync_polls` and
///   `loupe_sync_failures` (totals).
public final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let indexGauges = Mutex<[String: [Gauge]]>([:])

    static let latencyBuckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    private static var requestDuration: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "loupe", subsystem: "http", metricName: "request_duration", unitName: "seconds",
        helpText: "HTTP request latency by route pattern, method and status.") }
    private static var documents: MetricNameDescriptor { MetricNameDescriptor(namespace: "loupe", subsystem: "index", metricName: "documents", unitName: "", helpText: "Live documents in the index.") }
    private static var size: MetricNameDescriptor { MetricNameDescriptor(namespace: "loupe", subsystem: "index", metricName: "size", unitName: "bytes", helpText: "Approximate bytes held by the index's current generation.") }
    private static var generation: MetricNameDescriptor { MetricNameDescriptor(namespace: "loupe", subsystem: "index", metricName: "generation", unitName: "", helpText: "Generation swaps (published writes) since the index was created.") }

    private static func sync(_ name: String, _ help: String, unit: String = "") -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "loupe", subsystem: "sync", metricName: name, unitName: unit, helpText: help)
    }

    public init() {}

    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        registry.makeDurationHistogram(
            descriptor: Self.requestDuration,
            labels: [("route", route), ("method", method), ("status", String(status))],
            buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// The Prometheus text exposition, with index gauges refreshed from `indexes`.
    func exposition(indexes: IndexRegistry, sync: SyncStatus? = nil) -> [UInt8] {
        if let sync { record(sync) }
        let entries = indexes.all()
        indexGauges.withLock { gauges in
            let live = Set(entries.map(\.uid))
            for (uid, stale) in gauges where !live.contains(uid) {
                for gauge in stale { registry.unregisterGauge(gauge) }
                gauges[uid] = nil
            }
            for entry in entries {
                let generation = entry.index.generation
                let labels = [("index", entry.uid)]
                let set = [
                    registry.makeGauge(descriptor: Self.documents, labels: labels),
                    registry.makeGauge(descriptor: Self.size, labels: labels),
                    registry.makeGauge(descriptor: Self.generation, labels: labels),
                ]
                set[0].set(Double(generation.documentCount))
                set[1].set(Double(generation.byteSize))
                set[2].set(Double(generation.version))
                gauges[entry.uid] = set
            }
        }
        return registry.emitToBuffer()
    }

    private func record(_ sync: SyncStatus) {
        let state = sync.current
        registry.makeGauge(descriptor: Self.sync("staleness", "Seconds since the last successful poll.", unit: "seconds")).set(sync.stalenessSeconds(state))
        registry.makeGauge(descriptor: Self.sync("lag", "Transactions the database moved during the last poll.", unit: "transactions"))
            .set(Double(state.lastSummary?.lagTransactions ?? 0))
        registry.makeGauge(descriptor: Self.sync("polls", "Polls run since start.")).set(Double(state.polls))
        registry.makeGauge(descriptor: Self.sync("failures", "Polls failed since start.")).set(Double(state.failures))
    }
}
