import Indexer
import LoupeJSON

/// Runs every write (document, settings and index changes) one at a time and keeps the task log.
///
/// A write is applied in memory as soon as its turn comes — callers `await` their turn without blocking
/// a thread — and its record is final (`succeeded` or `failed`) before `submit` returns, so
/// `GET /tasks/{uid}` never reports a task still running for long. Task uids are global and increasing.
/// Only the newest `historyLimit` records are kept; older ones are forgotten (`task_not_found`).
public actor TaskQueue {
    /// The work of one task: it may update `details`, and throws to make the task fail.
    public typealias Work = @Sendable (inout JSONObject) throws(APIError) -> Void

    private var records: [TaskRecord] = []
    /// The uid of `records[0]`.
    private var firstUid = 0
    private var nextUid = 0
    private let historyLimit: Int
    private var journal: Journal?

    public init(historyLimit: Int = 10_000) {
        self.historyLimit = max(1, historyLimit)
    }

    /// Assigns the next uid, runs `work` and records the outcome. With a write-ahead log, `logged` (the
    /// change `work` made, and the time it was applied at) is appended to it and the task reports
    /// `succeeded` only once the record is durable; meanwhile it shows as `processing` and other tasks
    /// run, so concurrent writes share fsyncs.
    public func submit(_ kind: TaskKind, indexUid: String?, details: JSONObject = JSONObject(),
                       logged: (operation: WriteOperation, time: Timestamp)? = nil, work: Work) async -> TaskRecord {
        var record = TaskRecord(uid: nextUid, indexUid: indexUid, kind: kind, status: .processing, details: details,
                                error: nil, enqueuedAt: .now())
        nextUid += 1
        record.startedAt = .now()
        var details = record.details
        do throws(APIError) {
            if let failure = journal?.failure { throw APIError.notDurable(failure) }
            try work(&details)
            record.status = .succeeded
        } catch {
            record.status = .failed
            record.error = error
        }
        record.details = details
        if let journal {
            let operation = record.status == .succeeded ? logged?.operation : nil
            do throws(SnapshotError) {
                let lsn = try journal.append(taskUid: record.uid, time: logged?.time ?? record.startedAt ?? .now(), operation: operation)
                if operation != nil {
                    store(record)
                    try await journal.waitDurable(lsn)
                }
            } catch {
                record.status = .failed
                record.error = APIError.notDurable(error)
            }
        }
        record.finishedAt = .now()
        store(record)
        return record
    }

    /// Runs `body` in turn with the tasks (it is not a task: key changes) and logs the change it returns;
    /// returns once that record is durable.
    public func perform<T: Sendable>(_ body: @Sendable () throws(APIError) -> (T, WriteOperation?)) async throws(APIError) -> T {
        if let failure = journal?.failure { throw APIError.notDurable(failure) }
        let (value, operation) = try body()
        guard let journal, let operation else { return value }
        do throws(SnapshotError) {
            try await journal.waitDurable(try journal.append(taskUid: nil, time: .now(), operation: operation))
        } catch {
            throw APIError.notDurable(error)
        }
        return value
    }

    /// Starts logging every write to `journal`; task uids continue from `nextUid` (after recovery).
    public func startLogging(to journal: Journal, nextUid: Int) {
        self.journal = journal
        self.nextUid = max(self.nextUid, nextUid)
        if records.isEmpty { firstUid = self.nextUid }
    }

    /// Runs `body` between two writes, with the next task uid: a snapshot's consistent cut.
    func atCut<T: Sendable>(_ body: @Sendable (_ nextUid: Int) -> T) -> T { body(nextUid) }

    /// Adds `record`, or replaces it when it is already kept (a task that was `processing`).
    private func store(_ record: TaskRecord) {
        let position = record.uid - firstUid
        if position >= 0, position < records.count {
            records[position] = record
            return
        }
        guard position == records.count else { return }
        records.append(record)
        if records.count > historyLimit {
            let excess = records.count - historyLimit
            records.removeFirst(excess)
            firstUid += excess
        }
    }

    public func task(_ uid: Int) -> TaskRecord? {
        let position = uid - firstUid
        guard position >= 0, position < records.count else { return nil }
        return records[position]
    }

    /// Tasks matching `query`, newest first, and how many match in all.
    public func list(_ query: TaskQuery) -> (page: [TaskRecord], total: Int, next: Int?) {
        var page: [TaskRecord] = []
        var total = 0
        var next: Int?
        let ordered: [TaskRecord] = query.reverse ? records : records.reversed()
        for record in ordered where query.matches(record) {
            total += 1
            if let from = query.from, query.reverse ? record.uid < from : record.uid > from { continue }
            if page.count < query.limit {
                page.append(record)
            } else if next == nil {
                next = record.uid
            }
        }
        return (page, total, next)
    }
}
