import Synchronization

/// The final record of a queued task, which its submitter awaits: set once by the queue, awaited once.
final class TaskCompletion: Sendable {
    private enum State {
        case waiting(CheckedContinuation<TaskRecord, Never>?)
        case finished(TaskRecord)
    }

    private let state = Mutex(State.waiting(nil))

    /// Settles the task with its final record and resumes its submitter.
    func finish(_ record: TaskRecord) {
        let waiter = state.withLock { state -> CheckedContinuation<TaskRecord, Never>? in
            guard case .waiting(let continuation) = state else { return nil }
            state = .finished(record)
            return continuation
        }
        waiter?.resume(returning: record)
    }

    /// The final record, once the queue has settled the task.
    func record() async -> TaskRecord {
        await withCheckedContinuation { continuation in
            let finished = state.withLock { state -> TaskRecord? in
                switch state {
                case .finished(let record): return record
                case .waiting: state = .waiting(continuation); return nil
                }
            }
            if let finished { continuation.resume(returning: finished) }
        }
    }
}
