import Indexer

/// One write-ahead log record: its log sequence number, the task it belongs to (key changes have none; a
/// batch of document writes is one record with its combined change, under the batch's last task uid),
/// when it was applied, and the change itself (none for a task that failed and changed nothing, logged
/// only so task uids keep increasing across restarts).
struct JournalRecord: Sendable, Equatable {
    var lsn: UInt64
    var taskUid: Int?
    var time: Timestamp
    var operation: WriteOperation?

    func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: 64)
        writer.fixed64(lsn)
        writer.varint(taskUid.map { UInt64($0) + 1 } ?? 0)
        time.encode(into: &writer)
        writer.bool(operation != nil)
        operation?.encode(into: &writer)
        return writer.bytes
    }

    init(lsn: UInt64, taskUid: Int?, time: Timestamp, operation: WriteOperation?) {
        self.lsn = lsn
        self.taskUid = taskUid
        self.time = time
        self.operation = operation
    }

    init(decoding payload: [UInt8]) throws(SnapshotError) {
        var reader = ByteReader(payload)
        lsn = try reader.fixed64()
        let task = try reader.varint()
        guard task <= UInt64(Int.max) else { throw SnapshotError("invalid task uid") }
        taskUid = task == 0 ? nil : Int(task - 1)
        time = try Timestamp.decode(from: &reader)
        operation = try reader.bool() ? try WriteOperation.decode(from: &reader) : nil
        guard reader.isAtEnd else { throw SnapshotError("trailing bytes in log record \(lsn)") }
    }
}
