import LoupeJSON

/// One task of the task log: what was asked, what came of it, and when.
public struct TaskRecord: Sendable {
    public let uid: Int
    public let indexUid: String?
    public let kind: TaskKind
    public var status: TaskStatus
    public var details: JSONObject
    public var error: APIError?
    public let enqueuedAt: Timestamp
    public var startedAt: Timestamp?
    public var finishedAt: Timestamp?
    /// The batch the task was processed in (tasks auto-batched together share it); nil while enqueued.
    public var batchUid: Int?

    /// The summarized task a write answers with (always `enqueued`, as Meilisearch's asynchronous API says).
    public var summary: JSONValue {
        ["taskUid": .number(JSONNumber(uid)), "indexUid": indexUid.map(JSONValue.string) ?? .null,
         "status": .string(TaskStatus.enqueued.rawValue), "type": .string(kind.rawValue),
         "enqueuedAt": .string(enqueuedAt.rfc3339)]
    }

    /// The full task object of `GET /tasks/{uid}`.
    public var json: JSONValue {
        var duration: JSONValue = .null
        if let startedAt, let finishedAt { duration = .string(finishedAt.duration(since: startedAt)) }
        return [
            "uid": .number(JSONNumber(uid)), "batchUid": batchUid.map { .number(JSONNumber($0)) } ?? .null,
            "indexUid": indexUid.map(JSONValue.string) ?? .null,
            "status": .string(status.rawValue), "type": .string(kind.rawValue), "canceledBy": .null,
            "details": .object(details), "error": error?.json ?? .null, "duration": duration,
            "enqueuedAt": .string(enqueuedAt.rfc3339),
            "startedAt": startedAt.map { .string($0.rfc3339) } ?? .null,
            "finishedAt": finishedAt.map { .string($0.rfc3339) } ?? .null,
        ]
    }
}
