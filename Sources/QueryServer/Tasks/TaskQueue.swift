import Indexer
import LoupeJSON

/// Runs every write (document, settings and index changes) in submission order and keeps the task log.
///
/// `submit(_:indexUid:details:operation:at:on:)` queues a write and awaits its final record. A drain loop
/// takes the queued writes in order, consecutive document writes to one index together (`WriteBatch`): each
/// batch builds one new index generation and one write-ahead log record, while every task keeps its own
/// uid, details and status. With a write-ahead log a task reports `succeeded` only once its batch's record is
/// durable; meanwhile the next batches are applied, so batches share fsyncs. Task uids are global and
/// increasing. Only the newest `historyLimit` records are kept; older ones are forgotten (`task_not_found`).
public actor TaskQueue {
    /// The work of one task: it may update `details`, and throws to make the task fail.
    public typealias Work = @Sendable (inout JSONObject) throws(APIError) -> Void

    /// A queued write and how to settle it.
    private struct PendingWrite {
        var record: TaskRecord
        let operation: WriteOperation
        let time: Timestamp
        let state: ServerState
        let completion: TaskCompletion
    }

    private var history: TaskHistory
    private var nextUid = 0
    private var journal: Journal?
    private var pending: [PendingWrite] = []
    private var draining = false
    /// The uid of the next batch (a task run on its own is a batch of one).
    private var nextBatchUid = 0
    /// Tasks processed in batches so far (reported by `batchStatistics`).
    private var batchedTasks = 0

    public init(historyLimit: Int = 10_000) {
        history = TaskHistory(limit: historyLimit)
    }

    /// Queues `operation` (applied to `state` at `time`, in turn with the other writes) as a task and returns
    /// its final record: `succeeded` once applied (and durable, with a write-ahead log), or `failed`.
    public func submit(_ kind: TaskKind, indexUid: String?, details: JSONObject = JSONObject(),
                       operation: WriteOperation, at time: Timestamp, on state: ServerState) async -> TaskRecord {
        let record = TaskRecord(uid: nextUid, indexUid: indexUid, kind: kind, status: .enqueued, details: details,
                                error: nil, enqueuedAt: .now())
        nextUid += 1
        store(record)
        let completion = TaskCompletion()
        pending.append(PendingWrite(record: record, operation: operation, time: time, state: state, completion: completion))
        if !draining {
            draining = true
            Task { await drain() }
        }
        return await completion.record()
    }

    /// Runs `work` now as a task that changes nothing the log records (a snapshot's creation) and returns its record.
    public func submit(_ kind: TaskKind, indexUid: String?, details: JSONObject = JSONObject(), work: Work) -> TaskRecord {
        var record = TaskRecord(uid: nextUid, indexUid: indexUid, kind: kind, status: .processing, details: details,
                                error: nil, enqueuedAt: .now())
        nextUid += 1
        record.startedAt = .now()
        record.batchUid = takeBatchUid(tasks: 1)
        do throws(APIError) {
            if let failure = journal?.failure { throw APIError.notDurable(failure) }
            try work(&record.details)
            record.status = .succeeded
        } catch {
            record.status = .failed
            record.error = error
        }
        do throws(SnapshotError) {
            try journal?.append(taskUid: record.uid, time: record.startedAt ?? .now(), operation: nil)
        } catch {
            record.status = .failed
            record.error = APIError.notDurable(error)
        }
        record.finishedAt = .now()
        store(record)
        return record
    }

    /// How many batches the queue processed and how many tasks they held.
    public var batchStatistics: (batches: Int, tasks: Int) { (nextBatchUid, batchedTasks) }

    private func takeBatchUid(tasks: Int) -> Int {
        batchedTasks += tasks
        defer { nextBatchUid += 1 }
        return nextBatchUid
    }

    /// Applies the queued writes batch by batch until none is left. Between batches it lets the actor run
    /// the submissions that arrived meanwhile, which then join the next batch.
    private func drain() async {
        while !pending.isEmpty {
            process(takeBatch())
            await Task.yield()
        }
        draining = false
    }

    /// The oldest queued write and the ones after it that join it.
    private func takeBatch() -> [PendingWrite] {
        var count = 1
        var documents = WriteBatch.joinableSize(pending[0].operation) ?? 0
        while count < pending.count, WriteBatch.joins(pending[count].operation, pending[0].operation),
              let size = WriteBatch.joinableSize(pending[count].operation), documents + size <= WriteBatch.maxDocuments {
            documents += size
            count += 1
        }
        defer { pending.removeFirst(count) }
        return Array(pending[..<count])
    }

    /// Applies one batch, logs it, and settles its tasks (after the log's fsync when something was applied).
    private func process(_ writes: [PendingWrite]) {
        var writes = writes
        let started = Timestamp.now()
        let batchUid = takeBatchUid(tasks: writes.count)
        for position in writes.indices {
            writes[position].record.status = .processing
            writes[position].record.startedAt = started
            writes[position].record.batchUid = batchUid
            store(writes[position].record)
        }
        if let failure = journal?.failure {
            for write in writes { settle(write, error: APIError.notDurable(failure)) }
            return
        }
        var batch = WriteBatch(entries: writes.map { WriteBatch.Entry(operation: $0.operation, time: $0.time, details: $0.record.details) })
        let steps = batch.apply(to: writes[0].state)
        for (write, entry) in zip(writes.indices, batch.entries) { writes[write].record.details = entry.details }
        var durable: [PendingWrite] = []
        var failed = Set<Int>()
        var lastLSN: UInt64?
        do throws(SnapshotError) {
            for step in steps {
                switch step {
                case .applied(let range, let operation, let time):
                    let lsn = try journal?.append(taskUid: writes[range.upperBound - 1].record.uid, time: time, operation: operation)
                    lastLSN = lsn ?? lastLSN
                    durable += writes[range]
                case .failed(let position, let error):
                    failed.insert(position)
                    settle(writes[position], error: error)
                    try journal?.append(taskUid: writes[position].record.uid, time: writes[position].time, operation: nil)
                }
            }
        } catch {
            for position in writes.indices where !failed.contains(position) { settle(writes[position], error: APIError.notDurable(error)) }
            return
        }
        guard let journal, let lastLSN else {
            for write in durable { settle(write, error: nil) }
            return
        }
        Task {
            var failure: APIError?
            do throws(SnapshotError) {
                try await journal.waitDurable(lastLSN)
            } catch {
                failure = APIError.notDurable(error)
            }
            settleAll(durable, error: failure)
        }
    }

    private func settleAll(_ writes: [PendingWrite], error: APIError?) {
        for write in writes { settle(write, error: error) }
    }

    /// Records the outcome of a write's task and hands its final record to the submitter.
    private func settle(_ write: PendingWrite, error: APIError?) {
        var record = write.record
        record.status = error == nil ? .succeeded : .failed
        record.error = error
        record.finishedAt = .now()
        store(record)
        write.completion.finish(record)
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
        history.start(at: self.nextUid)
    }

    /// Runs `body` between two writes, with the next task uid: a snapshot's consistent cut.
    func atCut<T: Sendable>(_ body: @Sendable (_ nextUid: Int) -> T) -> T { body(nextUid) }

    /// Adds `record`, or replaces it when it is already kept (a task that was `enqueued` or `processing`).
    private func store(_ record: TaskRecord) { history.store(record) }

    public func task(_ uid: Int) -> TaskRecord? { history[uid] }

    /// Tasks matching `query`, newest first, and how many match in all.
    public func list(_ query: TaskQuery) -> (page: [TaskRecord], total: Int, next: Int?) {
        var page: [TaskRecord] = []
        var total = 0
        var next: Int?
        let uids = history.uids
        let ordered: [Int] = query.reverse ? Array(uids) : uids.reversed()
        for uid in ordered {
            guard let record = history[uid], query.matches(record) else { continue }
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
