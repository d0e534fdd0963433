/// Ids the sync currently holds for one entity, grouped by bucket, so a bucket whose fingerprint moved
/// can be re-read whole and an id that is no longer in the database be found and removed.
struct BucketedIDs: Sendable {
    private var bucketOf: [String: Int] = [:]
    private var members: [Int: Set<String>] = [:]

    var count: Int { bucketOf.count }
    var all: Dictionary<String, Int>.Keys { bucketOf.keys }

    mutating func insert(_ id: String, bucket: Int) {
        if let old = bucketOf.updateValue(bucket, forKey: id), old != bucket { members[old]?.remove(id) }
        members[bucket, default: []].insert(id)
    }

    mutating func remove(_ id: String) {
        guard let bucket = bucketOf.removeValue(forKey: id) else { return }
        members[bucket]?.remove(id)
    }

    func ids(in buckets: Set<Int>) -> Set<String> {
        var result: Set<String> = []
        for bucket in buckets { if let ids = members[bucket] { result.formUnion(ids) } }
        return result
    }
}

extension BucketedIDs {
    /// Every id with its bucket, sorted by id (a stable order for snapshots).
    var pairs: [(id: String, bucket: Int)] { bucketOf.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
}
