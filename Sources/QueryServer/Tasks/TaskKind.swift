/// What a task does (`type` in Meilisearch's task objects).
public enum TaskKind: String, Sendable, CaseIterable {
    case indexCreation, indexUpdate, indexDeletion, indexSwap
    case documentAdditionOrUpdate, documentDeletion, documentEdition
    case settingsUpdate
    case taskCancelation, taskDeletion, dumpCreation, snapshotCreation
}

/// Where a task is in its life (`status`).
public enum TaskStatus: String, Sendable, CaseIterable {
    case enqueued, processing, succeeded, failed, canceled
}
