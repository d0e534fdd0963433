import Dispatch
import Foundation
import Indexer
import Synchronization

/// The write-ahead log with group commit.
///
/// `append` frames a record into memory and returns its log sequence number at once; one writer thread
/// takes everything appended since its last round, writes it with one `write` and makes it durable with
/// one `fsync`, then wakes every `waitDurable` caller whose record it covered — many concurrent writes
/// cost one fsync. Records reach the file in LSN order. `rotate()` starts a new file after the records
/// appended so far (a snapshot's cut), so older files can be deleted once a snapshot covers them.
/// After an I/O error the log is failed: waiters and later appends get the error.
public final class Journal: Sendable {
    private struct Batch {
        /// Set when this batch starts a new log file whose first record has this LSN.
        var newFileFirstLSN: UInt64?
        var bytes: [UInt8] = []
        var lastLSN: UInt64 = 0
    }

    private struct State {
        var batches: [Batch] = [Batch()]
        var nextLSN: UInt64
        var durableLSN: UInt64
        var waiters: [(lsn: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        var failure: SnapshotError?
        var closing = false
        var appendedBytes = 0
        var syncs = 0
    }

    private let state: Mutex<State>
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    let directory: DataDirectory

    /// Starts a new log file for records from `nextLSN` on, and the writer thread.
    init(directory: DataDirectory, nextLSN: UInt64) throws(SnapshotError) {
        self.directory = directory
        state = Mutex(State(nextLSN: nextLSN, durableLSN: nextLSN - 1))
        let file = try FrameFileWriter(path: directory.logPath(firstLSN: nextLSN), truncate: true)
        try file.sync()
        try DurableFiles.syncDirectory(directory.logDirectory)
        let thread = Thread { [self] in self.runWriter(file) }
        thread.name = "loupe-wal"
        thread.start()
    }

    /// The last LSN assigned.
    var lastLSN: UInt64 { state.withLock { $0.nextLSN - 1 } }

    /// Bytes appended since the journal opened (drives automatic snapshots).
    var appendedBytes: Int { state.withLock { $0.appendedBytes } }

    /// fsyncs of log files so far (group commit makes this much smaller than the number of records).
    var syncCount: Int { state.withLock { $0.syncs } }

    /// Why the log stopped accepting records, if it did.
    var failure: SnapshotError? { state.withLock { $0.failure } }

    /// Frames a record for `operation` and queues it; returns its LSN. Cheap: no I/O happens here.
    @discardableResult
    func append(taskUid: Int?, time: Timestamp, operation: WriteOperation?) throws(SnapshotError) -> UInt64 {
        try appendRecord { lsn in JournalRecord(lsn: lsn, taskUid: taskUid, time: time, operation: operation).encoded() }
    }

    private func appendRecord(_ encode: (UInt64) -> [UInt8]) throws(SnapshotError) -> UInt64 {
        let lsn = try state.withLock { state throws(SnapshotError) -> UInt64 in
            if let failure = state.failure { throw failure }
            guard !state.closing else { throw SnapshotError("the write-ahead log is closed") }
            let lsn = state.nextLSN
            state.nextLSN += 1
            let payload = encode(lsn)
            let last = state.batches.count - 1
            FrameFileWriter.frame(payload, into: &state.batches[last].bytes)
            state.batches[last].lastLSN = lsn
            state.appendedBytes += payload.count + FrameFileWriter.headerSize
            return lsn
        }
        wake.signal()
        return lsn
    }

    /// Returns once the record `lsn` is on stable storage; throws if the log failed before that.
    func waitDurable(_ lsn: UInt64) async throws(SnapshotError) {
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, SnapshotError>? = state.withLock { state in
                    if lsn <= state.durableLSN { return .success(()) }
                    if let failure = state.failure { return .failure(failure) }
                    state.waiters.append((lsn, continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError("\(error)")
        }
    }

    /// Ends the current log file after the records appended so far; returns the last of them (the cut).
    /// Records appended afterwards go to a new file named after their first LSN.
    func rotate() -> UInt64 {
        let cut = state.withLock { state -> UInt64 in
            state.batches.append(Batch(newFileFirstLSN: state.nextLSN))
            return state.nextLSN - 1
        }
        wake.signal()
        return cut
    }

    /// Writes what is pending, stops the writer thread and waits for it.
    func close() {
        let wasClosing = state.withLock { state -> Bool in
            defer { state.closing = true }
            return state.closing
        }
        guard !wasClosing else { return }
        wake.signal()
        stopped.wait()
    }

    // MARK: - Writer thread

    private func runWriter(_ first: FrameFileWriter) {
        var file = first
        while true {
            wake.wait()
            let (batches, closing) = state.withLock { state -> ([Batch], Bool) in
                let taken = state.batches
                state.batches = [Batch()]
                return (taken, state.closing)
            }
            do throws(SnapshotError) {
                var last: UInt64?
                for batch in batches {
                    if let first = batch.newFileFirstLSN {
                        try file.sync()
                        file = try FrameFileWriter(path: directory.logPath(firstLSN: first), truncate: true)
                        try DurableFiles.syncDirectory(directory.logDirectory)
                    }
                    if !batch.bytes.isEmpty {
                        try file.appendFramed(batch.bytes)
                        last = batch.lastLSN
                    }
                }
                if let last {
                    try file.sync()
                    state.withLock { $0.syncs += 1 }
                    finish(durable: last, failure: nil)
                }
            } catch {
                finish(durable: nil, failure: error)
            }
            if closing {
                stopped.signal()
                return
            }
        }
    }

    /// Records progress (or failure) and resumes the waiters it settles, outside the lock.
    private func finish(durable: UInt64?, failure: SnapshotError?) {
        let settled = state.withLock { state -> [(CheckedContinuation<Void, any Error>, Result<Void, any Error>)] in
            if let durable { state.durableLSN = max(state.durableLSN, durable) }
            if let failure, state.failure == nil { state.failure = failure }
            var settled: [(CheckedContinuation<Void, any Error>, Result<Void, any Error>)] = []
            state.waiters.removeAll { waiter in
                if waiter.lsn <= state.durableLSN {
                    settled.append((waiter.continuation, .success(())))
                    return true
                }
                if let failure = state.failure {
                    settled.append((waiter.continuation, .failure(failure)))
                    return true
                }
                return false
            }
            return settled
        }
        for (continuation, outcome) in settled { continuation.resume(with: outcome) }
    }
}

extension APIError {
    /// A write that was applied in memory but could not be made durable (the log failed).
    static func notDurable(_ error: SnapshotError) -> APIError {
        APIError(code: "io_error", message: "The write could not be made durable: \(error.message)", status: .internalServerError)
    }
}
