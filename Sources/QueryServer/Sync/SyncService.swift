import Dispatch
import Indexer
import Logging
import LoupeJSON
import ServiceLifecycle

/// Runs the Postgres sync beside the HTTP server under swift-service-lifecycle: a poll every
/// `interval` (the first one is the initial load), a full reload when `POST /sync/reindex` asked for
/// one, and a clean stop on graceful shutdown (the poll in progress finishes first).
///
/// `CatalogSync` blocks on libpq, so polls run on a dedicated dispatch queue, never on the
/// concurrency pool that answers requests. A failed poll is recorded (`/health` turns `degraded`
/// with the staleness in seconds), searches keep the last generation, and the next poll resumes
/// from the stored watermark.
public final class SyncService: Service, Sendable {
    public let sync: CatalogSync
    public let status: SyncStatus
    let interval: Duration
    let logger: Logger
    /// Runs after each full load lands (the server writes a snapshot, so a restart resumes from it).
    let afterFullLoad: @Sendable () async -> Void
    private let queue = DispatchQueue(label: "loupe.sync")

    public init(sync: CatalogSync, status: SyncStatus, interval: Duration, logger: Logger,
                afterFullLoad: @escaping @Sendable () async -> Void = {}) {
        self.sync = sync
        self.status = status
        self.interval = interval
        self.logger = logger
        self.afterFullLoad = afterFullLoad
    }

    public func run() async throws {
        await PollingLoop.run(every: interval) { await self.step() }
    }

    /// One poll, or the queued reindex.
    func step() async {
        if status.startQueuedReindex() {
            let outcome = await onSyncQueue { try self.sync.initialLoad() }
            status.finishReindex(outcome)
            status.recordPoll(outcome)
            log(outcome, what: "reindex")
            await landed(outcome)
            return
        }
        let outcome = await onSyncQueue { try self.sync.poll() }
        status.recordPoll(outcome)
        log(outcome, what: "poll")
        await landed(outcome)
    }

    private func landed(_ outcome: Result<PollSummary, any Error>) async {
        if case .success(let summary) = outcome, summary.fullLoad { await afterFullLoad() }
    }

    /// `GET /sync`'s body: the status, with the progress of a full load while one runs.
    public var statusJSON: JSONValue { status.json(status.current, load: sync.loadProgress) }

    /// What a snapshot saves of the sync, taken at its cut *before* the index generations: the last
    /// applied poll's checkpoint, then the price rows held (which may only be newer), so the stored
    /// watermark is never ahead of the documents stored beside it. Nil before the first applied poll.
    func snapshotSection() -> SyncSnapshotSection? {
        guard let checkpoint = sync.checkpoint else { return nil }
        return SyncSnapshotSection(indexUid: sync.index.uid, checkpoint: checkpoint,
                                   prices: (sync.priceSink as? PriceBookSink)?.heldNow())
    }

    /// Continues from the checkpoint a snapshot restored (the index was restored with it); false when it
    /// belongs to another index or cannot be resumed from, and the first poll is then a full load.
    public func resume(from section: SyncSnapshotSection.Restored) throws -> Bool {
        guard section.indexUid == sync.index.uid, try sync.resume(from: section.checkpoint),
              let watermark = section.checkpoint.state.watermark else { return false }
        status.recordResume(watermark: watermark)
        logger.info("sync resumed from watermark \(watermark)", metadata: [
            "index": .string(section.indexUid), "heldIds": .stringConvertible(section.checkpoint.heldIDCount),
            "priceRows": .stringConvertible(section.checkpoint.priceRows?.rowCount ?? 0)])
        return true
    }

    /// Compares memory with a fresh read of the database (for `POST /sync/verify`).
    func verify() async -> Result<[SyncDifference], any Error> {
        await onSyncQueue { try self.sync.verify() }
    }

    private func onSyncQueue<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async -> Result<T, any Error> {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result { try body() }) }
        }
    }

    private func log(_ outcome: Result<PollSummary, any Error>, what: String) {
        if case .success(let summary) = outcome {
            // Bad rows never stop a poll: each is named (table and id) and skipped.
            var problems = summary.skipped
            if summary.fullLoad || summary.changedPriceOwners + summary.removedPriceOwners > 0,
               let sink = sync.priceSink as? PriceBookSink { problems += sink.problems }
            for problem in problems.prefix(PriceBookSink.maxProblems) {
                logger.warning("sync skipped a row", metadata: ["row": .string(problem)])
            }
        }
        switch outcome {
        case .success(let summary) where summary.fullLoad || summary.changedDocuments + summary.deletedDocuments + summary.changedPriceOwners > 0:
            logger.info("sync \(what) applied", metadata: [
                "full": .stringConvertible(summary.fullLoad), "changed": .stringConvertible(summary.changedDocuments),
                "deleted": .stringConvertible(summary.deletedDocuments), "priceOwners": .stringConvertible(summary.changedPriceOwners),
                "rows": .stringConvertible(summary.rowsRead), "seconds": .stringConvertible(summary.seconds)])
        case .success:
            break
        case .failure(let error):
            logger.warning("sync \(what) failed; serving the last generation", metadata: ["error": .string("\(error)")])
        }
    }
}
