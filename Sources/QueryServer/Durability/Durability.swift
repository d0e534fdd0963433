import Foundation
import Indexer
import Logging
import Synchronization

/// The durable side of a server: its data directory, the write-ahead log every write goes through, and
/// the snapshots that bound recovery time.
///
/// `open` locks the directory, recovers the state (newest valid snapshot, then the log after it) and
/// starts logging. `snapshot` captures every index's current generation, the keys and the task counter
/// between two writes (immutable values: nothing waits while the file is written on its own thread),
/// writes the file (temporary name, fsync, rename), keeps the two newest snapshots and deletes the log
/// files the older of them covers.
public final class Durability: Sendable {
    public let directory: DataDirectory
    let journal: Journal
    /// The open `LOCK` file (-1 once closed).
    private let lockDescriptor: Mutex<Int32>
    private let logger: Logger
    private let snapshotting = Mutex(false)
    /// Journal bytes appended when the last snapshot was cut.
    private let bytesAtLastSnapshot = Mutex(0)

    /// The database sync's checkpoint recovered with the snapshot, if it held one (`SyncService.resume`).
    public let recoveredSync: SyncSnapshotSection.Restored?

    /// Snapshots kept; recovery falls back to the older one when the newest is damaged.
    static let keptSnapshots = 2

    private init(directory: DataDirectory, journal: Journal, lockDescriptor: Int32, logger: Logger, recoveredSync: SyncSnapshotSection.Restored?) {
        self.directory = directory
        self.recoveredSync = recoveredSync
        self.journal = journal
        self.lockDescriptor = Mutex(lockDescriptor)
        self.logger = logger
    }

    deinit { close() }

    /// Opens (creating) the data directory at `path`, recovers `state` from it and logs its writes from now on.
    public static func open(path: String, state: ServerState, logger: Logger) async throws(SnapshotError) -> Durability {
        let directory = DataDirectory(path: path)
        try directory.create()
        let lock = try directory.lock()
        let clock = ContinuousClock()
        let started = clock.now
        let report = try Recovery(directory: directory, logger: logger).run(into: state)
        let journal = try Journal(directory: directory, nextLSN: report.nextLSN)
        await state.tasks.startLogging(to: journal, nextUid: report.nextTaskUid)
        let elapsed = clock.now - started
        logger.info("recovered the data directory", metadata: [
            "dataDir": .string(path), "snapshotLSN": report.snapshotLSN.map { .stringConvertible($0) } ?? "none",
            "damagedSnapshots": .stringConvertible(report.damagedSnapshots.count),
            "replayedRecords": .stringConvertible(report.replayedRecords), "cutTornBytes": .stringConvertible(report.cutBytes),
            "indexes": .stringConvertible(state.indexes.count),
            "documents": .stringConvertible(state.indexes.all().reduce(0) { $0 + $1.index.documentCount }),
            "seconds": .stringConvertible(elapsed),
        ])
        return Durability(directory: directory, journal: journal, lockDescriptor: lock, logger: logger, recoveredSync: report.sync)
    }

    /// Writes a snapshot of `state` now; nil when another snapshot is being written.
    @discardableResult
    public func snapshot(of state: ServerState) async throws(SnapshotError) -> UInt64? {
        guard snapshotting.withLock({ running in defer { running = true }; return !running }) else { return nil }
        defer { snapshotting.withLock { $0 = false } }
        let content = await state.tasks.atCut { nextUid in
            bytesAtLastSnapshot.withLock { $0 = journal.appendedBytes }
            let sync = state.sync?.snapshotSection()   // before the generations: its watermark is never ahead of them
            return ServerSnapshot.Content(
                lsn: journal.rotate(), nextTaskUid: nextUid, keys: state.keys.all.map(StoredKey.init),
                indexes: state.indexes.all().map { ($0.uid, $0.createdAt, $0.updatedAt, $0.index.generation) }, sync: sync)
        }
        let path = directory.snapshotPath(lsn: content.lsn)
        let clock = ContinuousClock()
        let started = clock.now
        do {
            try await BlockingThread.run(name: "loupe-snapshot") { try ServerSnapshot.write(content, to: path) }
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError("\(error)")
        }
        pruneFiles()
        logger.info("wrote a snapshot", metadata: ["lsn": .stringConvertible(content.lsn), "file": .string(path),
                                                  "indexes": .stringConvertible(content.indexes.count),
                                                  "seconds": .stringConvertible(clock.now - started)])
        return content.lsn
    }

    /// Takes a snapshot whenever `thresholdBytes` of log accumulated since the last one; runs until cancelled.
    public func snapshotAutomatically(_ state: ServerState, thresholdBytes: Int, every interval: Duration = .seconds(1)) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let since = journal.appendedBytes - bytesAtLastSnapshot.withLock { $0 }
            guard since >= thresholdBytes else { continue }
            do throws(SnapshotError) {
                try await snapshot(of: state)
            } catch {
                logger.error("snapshot failed", metadata: ["error": .string(error.message)])
            }
        }
    }

    /// Stops the log (after writing what is pending) and releases the directory.
    public func close() {
        journal.close()
        lockDescriptor.withLock { descriptor in
            if descriptor >= 0 { DataDirectory.unlock(descriptor) }
            descriptor = -1
        }
    }

    /// Keeps the newest snapshots and the log files recovery may still need from the oldest kept one.
    private func pruneFiles() {
        let snapshots = directory.snapshotFiles()
        for stale in snapshots.dropFirst(Self.keptSnapshots) { try? FileManager.default.removeItem(atPath: stale.path) }
        guard snapshots.count >= Self.keptSnapshots else { return }
        let oldestKept = snapshots[Self.keptSnapshots - 1].lsn
        let logs = directory.logFiles()
        for (file, next) in zip(logs, logs.dropFirst()) where next.firstLSN <= oldestKept + 1 {
            try? FileManager.default.removeItem(atPath: file.path)
        }
    }
}
