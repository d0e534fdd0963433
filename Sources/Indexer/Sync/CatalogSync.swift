import Foundation
import LoupeJSON

/// Keeps a `products` index (and, through a `PriceRowSink`, a price book) in step with a Medusa v2
/// PostgreSQL database by polling — no plugin in the store, no missed change.
///
/// Usage:
/// ```swift
/// let index = Index(uid: "products")
/// let sync = CatalogSync(databaseURL: url, index: index, priceSink: mySink)   // any libpq connection string
/// try sync.initialLoad()             // one REPEATABLE READ snapshot: documents, price rows, watermark
/// let summary = try sync.poll()      // call every poll interval; changed/deleted counts, lag, rows read
/// let differences = try sync.verify() // fresh read vs. memory; empty when in sync (`loupe verify`)
/// let saved = sync.checkpoint         // persist (with the sink's rows); `resume(from:)` continues from it
/// ```
///
/// How changes are found (medusa-schema.md §4): every read runs in one REPEATABLE READ, read-only
/// transaction whose snapshot xmin becomes the next watermark. A poll re-reads every row whose `xmin` is at
/// or after the watermark — `updated_at` is never used, so late commits, frozen timestamps and DB-side edits
/// are all seen — and rebuilds the *parent* of each changed row (a product document, a price set, a price
/// list, a variant's links). Hard deletes are found by per-bucket fingerprints compared with the last
/// poll's; a differing bucket is re-read whole. A poll is applied to the index in one write (one new
/// generation), then handed to the sink; only then do the watermark and fingerprints advance, so a
/// failure anywhere repeats the poll. An xid epoch change or a watermark more than `maxWatermarkLag`
/// behind triggers a full reload. Connection failures are retried on a new connection with backoff.
///
/// Calls are serialised; one instance per database and index.
public final class CatalogSync: @unchecked Sendable {
    public struct Configuration: Sendable {
        /// Settings given to the index at the initial load; nil leaves the index's settings alone.
        public var settings: IndexSettings? = .medusaStorefront
        /// Each hard-delete fingerprint statement runs once every this many polls (1 = all of them every
        /// poll). The statements are spread over the polls — each poll runs about 1/N of them — so an idle
        /// poll costs the database the change scans plus a slice of the fingerprints, and a hard delete is
        /// seen within N polls (medusa-schema.md §4, step 7).
        public var fingerprintEveryPolls = 1
        /// What `loupe serve` uses: a hard delete is seen within 5 polls, an idle poll runs a fifth of the
        /// fingerprints (at 100k products about 0.8 s of database time instead of 2.4 s).
        public static let servingFingerprintEveryPolls = 5
        /// Beyond this many transactions between watermark and snapshot, reload in full.
        public var maxWatermarkLag: UInt64 = 1 << 30
        public var statementTimeoutMilliseconds = 120_000
        public var backoff = ReconnectBackoff()

        public init() {}
    }

    public let index: Index
    public let priceSink: PriceRowSink?
    public let configuration: Configuration
    let database: ReconnectingPostgres
    let lock = NSLock()
    private var currentState: SyncState
    private var layout: MedusaSchemaLayout?
    private var layoutConnection = -1
    private var known: [String: BucketedIDs] = [:]
    private var polls = 0
    private let checkpointLock = NSLock()
    private var publishedCheckpoint: SyncCheckpoint?
    private var runningLoad: (started: ContinuousClock.Instant, progress: LoadProgress)?

    public init(databaseURL: String, index: Index, priceSink: PriceRowSink? = nil,
                configuration: Configuration = Configuration(), state: SyncState = SyncState()) {
        self.index = index
        self.priceSink = priceSink
        self.configuration = configuration
        currentState = state
        database = ReconnectingPostgres(databaseURL, statementTimeoutMilliseconds: configuration.statementTimeoutMilliseconds,
                                        backoff: configuration.backoff)
    }

    /// The watermark and fingerprints of the last applied read.
    public var state: SyncState { lock.withLock { currentState } }

    /// The state and held ids of the last applied poll (nil before the first one), without waiting for a
    /// poll in progress: what a snapshot persists so that `resume(from:)` can continue after a restart.
    public var checkpoint: SyncCheckpoint? { checkpointLock.withLock { publishedCheckpoint } }

    /// The full load in progress (initial load or reindex), nil when none runs; safe to read from any thread.
    public var loadProgress: LoadProgress? {
        checkpointLock.withLock {
            guard var load = runningLoad else { return nil }
            load.progress.seconds = Self.seconds(since: load.started)
            return load.progress
        }
    }

    private func reportLoad(_ update: (inout LoadProgress) -> Void) {
        checkpointLock.withLock {
            if runningLoad == nil { runningLoad = (ContinuousClock.now, LoadProgress()) }
            update(&runningLoad!.progress)
        }
    }

    /// Continues from a persisted checkpoint instead of a full load: hands its price rows to the sink and
    /// takes its watermark, fingerprints and held ids, so the next `poll` reads only what changed since.
    /// The index must hold the documents saved with the checkpoint (or newer ones). Returns false, and
    /// changes nothing, when the checkpoint cannot be resumed from (no watermark, or no price rows while
    /// the sync has a sink): the next poll is then a full load.
    @discardableResult
    public func resume(from checkpoint: SyncCheckpoint) throws -> Bool {
        try lock.withLock {
            guard checkpoint.state.watermark != nil, !checkpoint.known.isEmpty else { return false }
            if let priceSink {
                guard let rows = checkpoint.priceRows else { return false }
                try priceSink.replaceAll(rows)
            }
            currentState = checkpoint.state
            known = checkpoint.known
            polls = 1
            publish()
            return true
        }
    }

    /// Makes the state just applied the one a snapshot sees.
    private func publish() {
        let checkpoint = SyncCheckpoint(state: currentState, known: known)
        checkpointLock.withLock { publishedCheckpoint = checkpoint }
    }

    /// Reads everything in one snapshot and replaces the index's documents (and the sink's rows).
    @discardableResult
    public func initialLoad() throws -> PollSummary {
        try lock.withLock { try database.run { try fullLoad($0) } }
    }

    /// Applies what changed since the last read; runs `initialLoad` when there was none.
    @discardableResult
    public func poll() throws -> PollSummary {
        try lock.withLock {
            try database.run { connection in
                guard let watermark = currentState.watermark, !known.isEmpty else { return try fullLoad(connection) }
                return try incremental(connection, since: watermark)
            }
        }
    }

    // MARK: - Full load

    private func fullLoad(_ connection: PostgresConnection) throws -> PollSummary {
        let started = ContinuousClock.now
        let layout = try schemaLayout(connection)
        let product = SyncEntity.product(layout)
        reportLoad { $0 = LoadProgress() }
        defer { checkpointLock.withLock { runningLoad = nil } }
        var rows = 0
        let countRow = {
            rows += 1
            if rows & 1023 == 0 { self.reportLoad { $0.rowsRead = rows } }
        }
        let read = try connection.transaction(repeatableRead: true, readOnly: true) { () -> FullRead in
            let snapshot = try Self.snapshotXmin(connection)
            let expected = try connection.query(LoadProgress.expectedRowsSQL(prices: priceSink != nil))[0].int64(0)
            reportLoad { $0.expectedRows = expected.map(Int.init) }
            let documents = try ProductDocuments.read(connection, layout: layout, ids: nil, buckets: nil, onRow: countRow)
            var prices: [PriceOwnerRead] = []
            var fingerprints = [product.name: try EntityScan.fingerprints(product, on: connection)]
            if priceSink != nil {
                for kind in PriceOwnerKind.allCases {
                    prices.append(try PriceOwnerRead.read(kind, connection, ids: nil, buckets: nil, onRow: countRow))
                    fingerprints[kind.entity.name] = try EntityScan.fingerprints(kind.entity, on: connection)
                }
            }
            return FullRead(snapshot: snapshot, documents: documents, prices: prices, fingerprints: fingerprints)
        }

        if let settings = configuration.settings, index.settings != settings { index.updateSettings(settings) }
        var summary = PollSummary()
        summary.fullLoad = true
        summary.watermark = read.snapshot
        summary.lagTransactions = currentState.watermark.map { read.snapshot &- $0 } ?? 0
        if index.documentCount == 0 {
            // Nothing to replace: the parallel NDJSON loader parses and indexes on every core.
            summary.changedDocuments = try index.addDocuments(ndjson: read.documents.ndjson, primaryKey: "id")
        } else {
            let upserts = read.documents.parsed(skipped: &summary.skipped)
            let arriving = Set(upserts.map(\.id))
            let leaving = index.allDocumentIDs().filter { !arriving.contains($0) }
            summary.deletedDocuments = index.applySyncBatch(upserts: upserts, deletions: leaving, replacingAll: true, primaryKey: "id")
            summary.changedDocuments = upserts.count
        }
        summary.rowsRead = read.documents.count
        reportLoad { $0.rowsRead = rows }
        var priceRows = PriceRows()
        for owners in read.prices {
            for (table, list) in owners.rows.tables { priceRows.tables[table, default: []] += list }
            summary.changedPriceOwners += owners.present.count
        }
        summary.rowsRead += priceRows.rowCount
        try priceSink?.replaceAll(priceRows)

        var ids = BucketedIDs()
        for document in read.documents.items { ids.insert(document.id, bucket: document.bucket) }
        known = [product.name: ids]
        for owners in read.prices { known[owners.kind.entity.name] = owners.presentIDs() }
        currentState = SyncState(watermark: read.snapshot)
        currentState.fingerprints = read.fingerprints
        polls = 1
        publish()
        summary.seconds = Self.seconds(since: started)
        return summary
    }

    private struct FullRead {
        let snapshot: UInt64
        let documents: ProductDocuments
        let prices: [PriceOwnerRead]
        let fingerprints: [String: [String: TableFingerprint]]
    }

    // MARK: - Incremental poll

    private func incremental(_ connection: PostgresConnection, since watermark: UInt64) throws -> PollSummary {
        let started = ContinuousClock.now
        let layout = try schemaLayout(connection)
        let product = SyncEntity.product(layout)
        let sweep = FingerprintSweep(poll: polls, every: configuration.fingerprintEveryPolls)
        let stored = currentState.fingerprints
        let previous = { (entity: SyncEntity) -> [String: TableFingerprint] in stored[entity.name] ?? [:] }

        let read = try connection.transaction(repeatableRead: true, readOnly: true) { () -> PollRead? in
            let snapshot = try Self.snapshotXmin(connection)
            guard snapshot >> 32 == watermark >> 32, snapshot &- watermark <= configuration.maxWatermarkLag else { return nil }
            let scan = try EntityScan.run(product, on: connection, watermark: watermark, previous: previous(product), sweep: sweep)
            let wanted = scan.ids.union(known[product.name, default: BucketedIDs()].ids(in: scan.buckets))
            let documents = wanted.isEmpty && scan.buckets.isEmpty ? ProductDocuments()
                : try ProductDocuments.read(connection, layout: layout, ids: Array(wanted), buckets: Array(scan.buckets))
            var prices: [(PriceOwnerRead, EntityScan, Set<String>)] = []
            if priceSink != nil {
                for kind in PriceOwnerKind.allCases {
                    let priceScan = try EntityScan.run(kind.entity, on: connection, watermark: watermark, previous: previous(kind.entity), sweep: sweep)
                    let owners = priceScan.ids.union(known[kind.entity.name, default: BucketedIDs()].ids(in: priceScan.buckets))
                    guard !owners.isEmpty || !priceScan.buckets.isEmpty else {
                        prices.append((PriceOwnerRead(kind: kind), priceScan, owners))
                        continue
                    }
                    let ownerRead = try PriceOwnerRead.read(kind, connection, ids: Array(owners), buckets: Array(priceScan.buckets))
                    prices.append((ownerRead, priceScan, owners))
                }
            }
            return PollRead(snapshot: snapshot, scan: scan, wanted: wanted, documents: documents, prices: prices)
        }
        guard let read else { return try fullLoad(connection) }

        var summary = PollSummary()
        summary.watermark = read.snapshot
        summary.lagTransactions = read.snapshot &- watermark
        let upserts = read.documents.parsed(skipped: &summary.skipped)
        let present = Set(read.documents.items.map(\.id))
        let deletions = read.wanted.subtracting(present)
        if !upserts.isEmpty || !deletions.isEmpty {
            summary.deletedDocuments = index.applySyncBatch(upserts: upserts, deletions: Array(deletions), primaryKey: "id")
        }
        summary.changedDocuments = upserts.count
        summary.rowsRead = read.documents.count

        var changes = PriceRowChanges()
        for (owners, _, wanted) in read.prices {
            owners.describe(wanted: wanted, into: &changes)
            summary.rowsRead += owners.rows.rowCount
        }
        summary.changedPriceOwners = changes.completePriceSetIDs.count + changes.completePriceListIDs.count
            + changes.completeVariantIDs.count + (changes.preferencesComplete ? 1 : 0)
        summary.removedPriceOwners = changes.removedPriceSetIDs.count + changes.removedPriceListIDs.count
        if !changes.isEmpty { try priceSink?.apply(changes) }

        // Everything is applied: now the memory of what is held, the fingerprints and the watermark move.
        var ids = known[product.name, default: BucketedIDs()]
        deletions.forEach { ids.remove($0) }
        for document in read.documents.items { ids.insert(document.id, bucket: document.bucket) }
        known[product.name] = ids
        for (owners, _, wanted) in read.prices { known[owners.kind.entity.name, default: BucketedIDs()].update(wanted: wanted, read: owners) }
        currentState.fingerprints[product.name, default: [:]].merge(read.scan.fingerprints) { $1 }
        for (owners, scan, _) in read.prices {
            currentState.fingerprints[owners.kind.entity.name, default: [:]].merge(scan.fingerprints) { $1 }
        }
        currentState.watermark = read.snapshot
        polls += 1
        publish()
        summary.seconds = Self.seconds(since: started)
        return summary
    }

    private struct PollRead {
        let snapshot: UInt64
        let scan: EntityScan
        let wanted: Set<String>
        let documents: ProductDocuments
        let prices: [(PriceOwnerRead, EntityScan, Set<String>)]
    }

    // MARK: - Helpers

    /// The schema layout, detected again on every new connection (the store may have been migrated).
    func schemaLayout(_ connection: PostgresConnection) throws -> MedusaSchemaLayout {
        if let layout, layoutConnection == database.connectCount { return layout }
        let detected = try MedusaSchemaLayout.detect(connection)
        layout = detected
        layoutConnection = database.connectCount
        return detected
    }

    /// The 64-bit xmin of the transaction's snapshot: every transaction below it has finished.
    static func snapshotXmin(_ connection: PostgresConnection) throws -> UInt64 {
        let result = try connection.query("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
        guard let text = result[0].string(0), let value = UInt64(text) else {
            throw PostgresError.unexpectedType(column: 0, expected: "a snapshot xmin", text: result[0].string(0) ?? "NULL")
        }
        return value
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
