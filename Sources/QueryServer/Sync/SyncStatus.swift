import Indexer
import LoupeJSON
import Synchronization

/// What the Postgres sync last did, for `/health`, `GET /sync` and `/metrics`: when a poll last
/// succeeded (staleness), the last error, the last poll's summary and the state of a requested reindex.
public final class SyncStatus: Sendable {
    /// A full reload asked for through `POST /sync/reindex` (the old generation serves until it swaps in).
    public enum ReindexState: String, Sendable { case none, queued, running, succeeded, failed }

    struct Snapshot: Sendable {
        var lastSuccess: Timestamp?
        var lastAttempt: Timestamp?
        var lastError: String?
        var lastSummary: PollSummary?
        var polls = 0
        var failures = 0
        var reindex = ReindexState.none
        var reindexStartedAt: Timestamp?
        var reindexFinishedAt: Timestamp?
        var reindexSummary: PollSummary?
        var reindexError: String?
        /// The watermark restored from a snapshot at start, when the sync resumed instead of loading in full.
        var resumedFromWatermark: UInt64?

        /// Degraded while the last poll failed or none has succeeded yet: searches are answered from
        /// the last generation, which may be stale.
        var isDegraded: Bool { lastError != nil || lastSuccess == nil }
    }

    private let snapshot = Mutex(Snapshot())
    let startedAt = Timestamp.now()

    public init() {}

    var current: Snapshot { snapshot.withLock { $0 } }

    func recordPoll(_ outcome: Result<PollSummary, any Error>, at time: Timestamp = .now()) {
        snapshot.withLock { state in
            state.lastAttempt = time
            state.polls += 1
            switch outcome {
            case .success(let summary):
                state.lastSuccess = time
                state.lastError = nil
                state.lastSummary = summary
            case .failure(let error):
                state.failures += 1
                state.lastError = "\(error)"
            }
        }
    }

    func recordResume(watermark: UInt64) {
        snapshot.withLock { $0.resumedFromWatermark = watermark }
    }

    /// Marks a reindex as queued; false when one is already queued or running.
    func queueReindex() -> Bool {
        snapshot.withLock { state in
            guard state.reindex != .queued && state.reindex != .running else { return false }
            state.reindex = .queued
            state.reindexStartedAt = nil
            state.reindexFinishedAt = nil
            state.reindexSummary = nil
            state.reindexError = nil
            return true
        }
    }

    /// Takes a queued reindex (marking it running), if any.
    func startQueuedReindex(at time: Timestamp = .now()) -> Bool {
        snapshot.withLock { state in
            guard state.reindex == .queued else { return false }
            state.reindex = .running
            state.reindexStartedAt = time
            return true
        }
    }

    func finishReindex(_ outcome: Result<PollSummary, any Error>, at time: Timestamp = .now()) {
        snapshot.withLock { state in
            state.reindexFinishedAt = time
            switch outcome {
            case .success(let summary): state.reindex = .succeeded; state.reindexSummary = summary
            case .failure(let error): state.reindex = .failed; state.reindexError = "\(error)"
            }
        }
    }

    /// Seconds since the last successful poll (since start when none succeeded yet).
    func stalenessSeconds(_ state: Snapshot, at time: Timestamp = .now()) -> Double {
        time.secondsSince(state.lastSuccess ?? startedAt)
    }

    /// The `sync` object of `/health` and `GET /sync`, from one read of the state.
    var json: JSONValue { json(current) }

    /// With `load`, the full load in progress is reported as `fullLoadProgress`.
    func json(_ state: Snapshot, load: LoadProgress? = nil) -> JSONValue {
        var object = JSONObject([
            ("status", .string(state.isDegraded ? "degraded" : "in_sync")),
            ("stalenessSeconds", .number(JSONNumber((stalenessSeconds(state) * 1000).rounded() / 1000))),
            ("polls", .int(state.polls)),
            ("failures", .int(state.failures)),
            ("lastError", state.lastError.map(JSONValue.string) ?? .null),
        ])
        if let summary = state.lastSummary { object["lastPoll"] = Self.json(summary) }
        if let watermark = state.resumedFromWatermark { object["resumedFromWatermark"] = .number(JSONNumber(Int64(clamping: watermark))) }
        var reindex = JSONObject([("status", .string(state.reindex.rawValue))])
        if let started = state.reindexStartedAt { reindex["startedAt"] = .string(started.rfc3339) }
        if let finished = state.reindexFinishedAt { reindex["finishedAt"] = .string(finished.rfc3339) }
        if let summary = state.reindexSummary { reindex["result"] = Self.json(summary) }
        if let error = state.reindexError { reindex["error"] = .string(error) }
        object["reindex"] = .object(reindex)
        if let load { object["fullLoadProgress"] = Self.json(load) }
        return .object(object)
    }

    private static func json(_ load: LoadProgress) -> JSONValue {
        let rounded = { (value: Double) in JSONValue.number(JSONNumber((value * 10).rounded() / 10)) }
        return .object(JSONObject([
            ("rowsRead", .int(load.rowsRead)),
            ("expectedRows", load.expectedRows.map(JSONValue.int) ?? .null),
            ("seconds", rounded(load.seconds)),
            ("rowsPerSecond", rounded(load.rowsPerSecond)),
            ("etaSeconds", load.etaSeconds.map(rounded) ?? .null),
        ]))
    }

    private static func json(_ summary: PollSummary) -> JSONValue {
        .object(JSONObject([
            ("fullLoad", .bool(summary.fullLoad)),
            ("changedDocuments", .int(summary.changedDocuments)),
            ("deletedDocuments", .int(summary.deletedDocuments)),
            ("changedPriceOwners", .int(summary.changedPriceOwners)),
            ("removedPriceOwners", .int(summary.removedPriceOwners)),
            ("rowsRead", .int(summary.rowsRead)),
            ("lagTransactions", .number(JSONNumber(Int64(clamping: summary.lagTransactions)))),
            ("seconds", .number(JSONNumber((summary.seconds * 1000).rounded() / 1000))),
            ("skippedRows", .int(summary.skipped.count)),
        ]))
    }
}

extension Timestamp {
    /// Seconds from `earlier` to this instant.
    func secondsSince(_ earlier: Timestamp) -> Double {
        Double(seconds - earlier.seconds) + Double(Int64(nanoseconds) - Int64(earlier.nanoseconds)) / 1e9
    }
}
