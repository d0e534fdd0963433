/// Where a `CatalogSync` stands: the snapshot-xmin watermark of its last applied poll and the bucket
/// fingerprints it compares the next poll with. Meant to be persisted and handed back to resume.
public struct SyncState: Sendable, Equatable {
    /// 64-bit `pg_snapshot_xmin` (epoch in the high 32 bits) taken at the start of the last applied read;
    /// nil before the first full load. Rows whose `xmin` is at or after its low 32 bits are re-read.
    public var watermark: UInt64?
    /// Per entity, per table: the fingerprints of the last applied read that computed them.
    public var fingerprints: [String: [String: TableFingerprint]] = [:]

    public init(watermark: UInt64? = nil) { self.watermark = watermark }

    /// The watermark per tracked table (one snapshot covers every table, so they are equal).
    public func watermarks(tables: [String]) -> [String: UInt64] {
        guard let watermark else { return [:] }
        return Dictionary(uniqueKeysWithValues: tables.map { ($0, watermark) })
    }
}
