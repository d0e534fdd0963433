/// Row count and hash sum of one table's rows per owner bucket (`hashtext(owner) & 1023`), as Postgres
/// computed them in one snapshot. Two fingerprints differ in a bucket when a row in it was inserted,
/// deleted or moved to another owner — the only way a poll learns about hard deletes.
public struct TableFingerprint: Sendable, Equatable {
    public struct Bucket: Sendable, Equatable {
        public var count: Int64
        public var hashSum: Int64
    }

    public var buckets: [Int: Bucket] = [:]

    public init(buckets: [Int: Bucket] = [:]) { self.buckets = buckets }

    /// Buckets present in either fingerprint whose count or hash differ.
    func differingBuckets(from other: TableFingerprint) -> Set<Int> {
        var result: Set<Int> = []
        for (bucket, value) in buckets where other.buckets[bucket] != value { result.insert(bucket) }
        for bucket in other.buckets.keys where buckets[bucket] == nil { result.insert(bucket) }
        return result
    }

    /// Runs a fingerprint statement (columns bucket, count, hash sum).
    static func read(_ sql: String, on connection: PostgresConnection) throws -> TableFingerprint {
        var fingerprint = TableFingerprint()
        try connection.stream(sql) { row in
            guard let bucket = try row.int64(0) else { return }
            fingerprint.buckets[Int(bucket)] = Bucket(count: try row.int64(1) ?? 0, hashSum: try row.int64(2) ?? 0)
        }
        return fingerprint
    }
}
