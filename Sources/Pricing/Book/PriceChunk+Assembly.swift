/// One price ready to be laid out in a chunk.
struct ChunkEntry {
    /// The record without its amount (``PriceRecord/amountBits`` is set when the chunk is laid out).
    var record: PriceRecord
    var amount: ExactDecimal
    var rules: ArraySlice<PriceRuleRecord>
    var id: String
    var bounds: QuantityBoundsText?
}

/// What a chunk rebuild puts in one of its sets.
enum ChunkSetSource {
    /// New rows for the set.
    case staged([StagedPrice])
    /// Keep the set's prices from the previous chunk.
    case kept(PriceChunk, local: Int)
}

extension PriceBook {
    /// Builds the chunk holding `sets` (the staged prices of up to 256 consecutive price sets).
    mutating func assembleChunk(_ sets: [[StagedPrice]]) -> PriceChunk {
        assembleChunk(sources: sets.map(ChunkSetSource.staged))
    }

    /// Builds a chunk from new rows and kept sets, interning attributes, values and currencies
    /// into this book. Prices that reference an unknown list or carry more than 255 rules are
    /// skipped and recorded in ``issues``.
    mutating func assembleChunk(sources: [ChunkSetSource]) -> PriceChunk {
        var setStarts: [UInt32] = [0]
        var prices: [PriceRecord] = []
        var rules: [PriceRuleRecord] = []
        var idBytes: [UInt8] = []
        var idEnds: [UInt32] = []
        var fractional: [UInt32: QuantityBoundsText] = [:]
        var wideAmounts: [Int128] = []
        setStarts.reserveCapacity(sources.count + 1)

        for source in sources {
            var entries: [ChunkEntry] = []
            switch source {
            case let .staged(staged):
                entries.reserveCapacity(staged.count)
                for price in staged {
                    guard let built = stageRecord(price) else { continue }
                    entries.append(built)
                }
                entries.sort(by: Self.storageOrder)
            case let .kept(old, local):
                for i in old.priceRange(ofLocalSet: local) {
                    let record = old.prices[i]
                    let start = Int(record.ruleStart)
                    entries.append(ChunkEntry(record: record, amount: old.amount(i),
                                              rules: old.rules[start..<(start + Int(record.ruleCount))],
                                              id: old.priceId(i), bounds: old.fractionalBounds[UInt32(i)]))
                }
            }
            for entry in entries {
                var record = entry.record
                record.ruleStart = UInt32(rules.count)
                if let narrow = Int64(exactly: entry.amount.significand) {
                    record.amountBits = narrow
                    record.hasWideAmount = false
                } else {
                    record.amountBits = Int64(wideAmounts.count)
                    record.hasWideAmount = true
                    wideAmounts.append(entry.amount.significand)
                }
                rules.append(contentsOf: entry.rules)
                if let bounds = entry.bounds { fractional[UInt32(prices.count)] = bounds }
                prices.append(record)
                idBytes.append(contentsOf: entry.id.utf8)
                idEnds.append(UInt32(idBytes.count))
            }
            setStarts.append(UInt32(prices.count))
        }
        return PriceChunk(setStarts: setStarts, prices: prices, rules: rules, idBytes: idBytes,
                          idEnds: idEnds, fractionalBounds: fractional, wideAmounts: wideAmounts)
    }

    /// Storage order inside a set: currency, list prices before base prices, base prices by
    /// Medusa's order (more rules, lower amount, id), list prices by list then id.
    static func storageOrder(_ x: ChunkEntry, _ y: ChunkEntry) -> Bool {
        let a = x.record, b = y.record
        if a.currency != b.currency { return a.currency < b.currency }
        if a.isBasePrice != b.isBasePrice { return !a.isBasePrice }
        if a.isBasePrice {
            if a.ruleCount != b.ruleCount { return a.ruleCount > b.ruleCount }
            let c = ExactDecimal.compare(x.amount, y.amount)
            if c != 0 { return c < 0 }
        } else if a.listIndex != b.listIndex {
            return a.listIndex < b.listIndex
        }
        return x.id.utf8.lexicographicallyPrecedes(y.id.utf8)
    }

    private mutating func stageRecord(_ price: StagedPrice) -> ChunkEntry? {
        let row = price.row
        var listIndex: Int32 = -1
        if let listId = row.priceListId {
            guard let list = lists.ids.id(of: listId) else {
                issues.append(PriceBookIssue(kind: .priceInUnknownList, id: row.id, detail: "price_list_id \(listId)"))
                return nil
            }
            listIndex = Int32(list)
        }
        guard price.rules.count <= Int(UInt8.max) else {
            issues.append(PriceBookIssue(kind: .tooManyRules, id: row.id, detail: "\(price.rules.count) rules"))
            return nil
        }
        let ruleRecords = price.rules.map { rule -> PriceRuleRecord in
            let numeric = ExactDecimal(parsing: rule.value)
            return PriceRuleRecord(numericSignificand: numeric?.significand ?? 0,
                                   attribute: attributes.intern(rule.attribute),
                                   value: values.intern(rule.value),
                                   op: rule.operator,
                                   numericScale: numeric?.scale ?? 0,
                                   hasNumericValue: numeric != nil)
        }
        let currency = currencies.intern(row.currencyCode.lowercased())
        guard currency <= UInt32(UInt16.max) else {
            issues.append(PriceBookIssue(kind: .tooManyCurrencies, id: row.id, detail: "more than 65536 currencies"))
            return nil
        }
        let minQ = row.minQuantity.map { PriceRecord.storedBound($0.ceilingInt64) } ?? PriceRecord.openMin
        let maxQ = row.maxQuantity.map { PriceRecord.storedBound($0.floorInt64) } ?? PriceRecord.openMax
        let exact = (row.minQuantity.map(\.isStorableQuantity) ?? true) && (row.maxQuantity.map(\.isStorableQuantity) ?? true)
        let record = PriceRecord(amountBits: 0, minQuantity: minQ, maxQuantity: maxQ, listIndex: listIndex, ruleStart: 0,
                                 currency: UInt16(truncatingIfNeeded: currency), amountScale: row.amount.scale,
                                 ruleCount: UInt8(ruleRecords.count),
                                 rawPrecision: UInt8(clamping: row.rawPrecision), hasWideAmount: false)
        return ChunkEntry(record: record, amount: row.amount, rules: ruleRecords[...], id: row.id,
                          bounds: exact ? nil : QuantityBoundsText(min: row.minQuantity, max: row.maxQuantity))
    }
}
