import Dispatch
import Indexer
import Logging
import ServiceLifecycle

/// Polls the configured SQL sources (`sql_sources`) beside the HTTP server: every `interval`, each
/// `SQLQuerySync` re-reads its query and applies the difference to its index in one write. Reads block
/// on libpq, so they run on a dedicated dispatch queue; a failed read is logged and the index keeps
/// serving its last generation until a later poll succeeds. Rows without a usable primary key are
/// logged (index and row) and skipped.
public final class SQLSourceService: Service, Sendable {
    public let sources: [SQLQuerySync]
    let interval: Duration
    let logger: Logger
    private let queue = DispatchQueue(label: "loupe.sql-sources")

    public init(sources: [SQLQuerySync], interval: Duration, logger: Logger) {
        self.sources = sources
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await PollingLoop.run(every: interval) { await self.step() }
    }

    /// One refresh of every source.
    func step() async {
        for source in sources {
            let outcome = await withCheckedContinuation { continuation in
                queue.async { continuation.resume(returning: Result { try source.refresh() }) }
            }
            switch outcome {
            case .success(let summary):
                for row in summary.skipped.prefix(PriceBookSink.maxProblems) {
                    logger.warning("sync skipped a row", metadata: ["row": .string(row)])
                }
                if summary.changedDocuments + summary.deletedDocuments > 0 {
                    logger.info("SQL source applied", metadata: [
                        "index": .string(source.index.uid), "changed": .stringConvertible(summary.changedDocuments),
                        "deleted": .stringConvertible(summary.deletedDocuments), "rows": .stringConvertible(summary.rowsRead),
                        "seconds": .stringConvertible(summary.seconds)])
                }
            case .failure(let error):
                logger.warning("SQL source read failed; serving the last generation", metadata: [
                    "index": .string(source.index.uid), "error": .string("\(error)")])
            }
        }
    }
}
