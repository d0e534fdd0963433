import LoupeJSON

/// The owners of price rows, each kept whole in the sink: a price set owns its prices and their rules, a
/// price list its rules, a variant its price-set links; the preferences are one owner.
enum PriceOwnerKind: CaseIterable {
    case priceSet, priceList, variantLinks, preferences

    var entity: SyncEntity {
        switch self {
        case .priceSet: return .priceSet
        case .priceList: return .priceList
        case .variantLinks: return .variantLinks
        case .preferences: return .preferences
        }
    }

    var reads: [PriceTableQueries.Read] {
        switch self {
        case .priceSet: return PriceTableQueries.priceSetReads
        case .priceList: return PriceTableQueries.priceListReads
        case .variantLinks: return PriceTableQueries.variantLinkReads
        case .preferences: return PriceTableQueries.preferenceReads
        }
    }
}

/// The rows of some owners of one kind, read in one snapshot, and which owners exist (have a row in the
/// kind's first table).
struct PriceOwnerRead {
    let kind: PriceOwnerKind
    var rows = PriceRows()
    /// Owner id → bucket, for owners found in the database.
    var present: [String: Int] = [:]
    /// Whether a read was made (a poll with nothing to read for this kind leaves it false).
    var performed = false

    init(kind: PriceOwnerKind) { self.kind = kind }

    /// Reads the rows of the owners with these ids or in these buckets (both nil: all of them).
    /// `onRow` is called for every row streamed (progress).
    static func read(_ kind: PriceOwnerKind, _ connection: PostgresConnection, ids: [String]?, buckets: [Int]?,
                     onRow: () -> Void = {}) throws -> PriceOwnerRead {
        var read = PriceOwnerRead(kind: kind)
        read.performed = true
        let parameters = [ids.map(PostgresArray.text), buckets.map(PostgresArray.text)]
        for (position, table) in kind.reads.enumerated() {
            try connection.stream(table.sql, parameters) { row in
                onRow()
                guard let owner = row.string(0), let bucket = try row.int64(1), let json = row.bytes(2),
                      case .object(let object) = try JSONParser.parse(json) else { return }
                if position == 0 || kind == .variantLinks { read.present[owner] = Int(bucket) }
                read.rows.append(object, to: table.table)
            }
        }
        return read
    }

    /// The owners found, by bucket.
    func presentIDs() -> BucketedIDs {
        var ids = BucketedIDs()
        for (id, bucket) in present { ids.insert(id, bucket: bucket) }
        return ids
    }

    /// Adds this read to a poll's changes: `wanted` are the owners the poll asked for.
    func describe(wanted: Set<String>, into changes: inout PriceRowChanges) {
        guard performed else { return }
        for (table, list) in rows.tables { changes.rows.tables[table, default: []] += list }
        let complete = present.keys.sorted()
        let removed = wanted.subtracting(present.keys).sorted()
        switch kind {
        case .priceSet:
            changes.completePriceSetIDs += complete
            changes.removedPriceSetIDs += removed
        case .priceList:
            changes.completePriceListIDs += complete
            changes.removedPriceListIDs += removed
        case .variantLinks:
            changes.completeVariantIDs += (complete + removed).sorted()
        case .preferences:
            changes.preferencesComplete = true
        }
    }
}

extension BucketedIDs {
    /// After a poll: owners asked for but not found are gone, owners found are held.
    mutating func update(wanted: Set<String>, read: PriceOwnerRead) {
        guard read.performed else { return }
        for id in wanted where read.present[id] == nil { remove(id) }
        for (id, bucket) in read.present { insert(id, bucket: bucket) }
    }
}
