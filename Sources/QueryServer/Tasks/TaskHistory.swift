/// The newest `limit` task records, by uid, in a ring: adding one when full forgets the oldest in O(1).
struct TaskHistory {
    private var ring: [TaskRecord?]
    /// The uid of the oldest record kept.
    private(set) var firstUid = 0
    private(set) var count = 0

    init(limit: Int) {
        ring = Array(repeating: nil, count: max(1, limit))
    }

    var isEmpty: Bool { count == 0 }

    /// Starts an empty history at `uid` (the next uid after a recovery).
    mutating func start(at uid: Int) {
        guard isEmpty else { return }
        firstUid = uid
    }

    /// Adds `record` when its uid is the next one, or replaces it when it is kept; older uids are ignored.
    mutating func store(_ record: TaskRecord) {
        let position = record.uid - firstUid
        guard position >= 0, position <= count else { return }
        ring[record.uid % ring.count] = record
        guard position == count else { return }
        if count == ring.count {
            firstUid += 1
        } else {
            count += 1
        }
    }

    subscript(uid: Int) -> TaskRecord? {
        guard uid >= firstUid, uid < firstUid + count else { return nil }
        return ring[uid % ring.count]
    }

    /// The uids kept, oldest first.
    var uids: Range<Int> { firstUid..<(firstUid + count) }
}
