/// One kind of thing the sync keeps whole — a product document, a price set with its prices and rules, a
/// price list with its rules, a variant's price-set links, the price preferences — with the SQL that
/// names which of them changed since a watermark and the bucketed fingerprints that reveal hard deletes.
struct SyncEntity: Sendable {
    let name: String
    /// Statements returning owner ids touched since the watermark `$1` (xid8 text).
    let changes: [(table: String, sql: String)]
    /// Statements returning (bucket, count, hash sum) per owner bucket.
    let fingerprints: [(table: String, sql: String)]

    static func product(_ layout: MedusaSchemaLayout) -> SyncEntity {
        SyncEntity(name: "product", changes: ProductChangeQueries.sql(layout), fingerprints: ProductFingerprintQueries.sql(layout))
    }

    static let priceSet = SyncEntity(name: "price_set", changes: PriceChangeQueries.priceSetChanges,
                                     fingerprints: PriceChangeQueries.priceSetFingerprints)
    static let priceList = SyncEntity(name: "price_list", changes: PriceChangeQueries.priceListChanges,
                                      fingerprints: PriceChangeQueries.priceListFingerprints)
    static let variantLinks = SyncEntity(name: "product_variant_price_set", changes: PriceChangeQueries.variantLinkChanges,
                                         fingerprints: PriceChangeQueries.variantLinkFingerprints)
    static let preferences = SyncEntity(name: "price_preference", changes: PriceChangeQueries.preferenceChanges,
                                        fingerprints: PriceChangeQueries.preferenceFingerprints)
}

/// Which fingerprint statements a poll runs: all of them on a process's first poll (deletes made while
/// it was down), then statement `i` on the polls where `(i + poll) % every == 0`, so each runs once every
/// `every` polls and each poll runs about `1/every` of them.
struct FingerprintSweep {
    let poll: Int
    let every: Int

    init(poll: Int, every: Int) {
        self.poll = poll
        self.every = max(1, every)
    }

    func runs(_ statement: Int) -> Bool { poll == 0 || (statement + poll) % every == 0 }
}

/// What one scan found for an entity: ids named by changed rows, buckets whose fingerprint moved, and
/// the new fingerprints (stored only after the poll is applied).
struct EntityScan {
    var ids: Set<String> = []
    var buckets: Set<Int> = []
    var fingerprints: [String: TableFingerprint] = [:]

    /// Runs the entity's change statements and the fingerprint statements `sweep` picks for this poll
    /// (compared with `previous`) on `connection`.
    static func run(_ entity: SyncEntity, on connection: PostgresConnection, watermark: UInt64,
                    previous: [String: TableFingerprint], sweep: FingerprintSweep) throws -> EntityScan {
        var scan = EntityScan()
        let low = String(watermark & 0xFFFF_FFFF)
        for change in entity.changes {
            try connection.stream(change.sql, [low]) { row in
                if let id = row.string(0) { scan.ids.insert(id) }
            }
        }
        for (position, fingerprint) in entity.fingerprints.enumerated() where sweep.runs(position) {
            let current = try TableFingerprint.read(fingerprint.sql, on: connection)
            scan.fingerprints[fingerprint.table] = current
            scan.buckets.formUnion(current.differingBuckets(from: previous[fingerprint.table] ?? TableFingerprint()))
        }
        return scan
    }

    /// Reads the entity's fingerprints without looking for changes (after a full read).
    static func fingerprints(_ entity: SyncEntity, on connection: PostgresConnection) throws -> [String: TableFingerprint] {
        var result: [String: TableFingerprint] = [:]
        for fingerprint in entity.fingerprints {
            result[fingerprint.table] = try TableFingerprint.read(fingerprint.sql, on: connection)
        }
        return result
    }
}
