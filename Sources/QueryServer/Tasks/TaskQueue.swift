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

    public init(historyLimit: Int = 10_000) {
        self.historyLimit = max(1, historyLimit)
    }

    /// Assigns the next uid, runs `work` and records the outcome.
    public func submit(_ kind: TaskKind, indexUid: String?, details: JSONObject = JSONObject(), work: Work) -> TaskRecord {
        var record = TaskRecord(uid: nextUid, indexUid: indexUid, kind: kind, status: .processing, details: details,
                                error: nil, enqueuedAt: .now())
        nextUid += 1
        record.startedAt = .now()
        var details = record.details
        do {
            try work(&details)
            record.status = .succeeded
        } catch {
            record.status = .failed
            record.error = error
        }
        record.details = details
        record.finishedAt = .now()
        records.append(record)
        if records.count > historyLimit {
            let excess = records.count - historyLimit
            records.removeFirst(excess)
            firstUid += excess
        }
        return record
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
