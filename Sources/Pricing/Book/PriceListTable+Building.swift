extension PriceListRuleValue {
    /// Key in the book's typed list-value table: the JSON type is part of the key because Medusa
    /// matches list rules by jsonb containment (`"350"` never matches `350`).
    var tableKey: String {
        switch self {
        case let .string(s): return "s" + s
        case let .number(n): return "n" + n.canonicalText
        case let .bool(b): return b ? "btrue" : "bfalse"
        }
    }
}

/// The source rows of the price lists, kept in the book so that a list update can rebuild the
/// (small) list table without the caller resending every list.
struct PriceListSources: Sendable {
    var rows: [PriceListRow] = []
    /// Live rule rows per list index.
    var rules: [[PriceListRuleRow]] = []
}

extension PriceBook {
    /// Rebuilds `lists` from `listSources` and the configuration. List indices are stable:
    /// row `i` of the sources is list `i`.
    mutating func rebuildListTable() {
        var table = PriceListTable()
        table.records.reserveCapacity(listSources.rows.count)
        for (index, row) in listSources.rows.enumerated() {
            _ = table.ids.intern(row.id)
            table.titles.append(row.title)
            let settings = configuration.priceLists[row.id]
            // Merge rule rows per attribute (values OR-ed), attributes in id order.
            var valuesByAttribute: [UInt32: Set<UInt32>] = [:]
            for rule in listSources.rules[index] {
                let attribute = attributes.intern(rule.attribute)
                var set = valuesByAttribute[attribute, default: []]
                for value in rule.values { set.insert(listValues.intern(value.tableKey)) }
                valuesByAttribute[attribute] = set
            }
            let ruleStart = UInt32(table.rules.count)
            for attribute in valuesByAttribute.keys.sorted() {
                let values = valuesByAttribute[attribute, default: []].sorted()
                table.rules.append(PriceListRuleRecord(attribute: attribute, valueStart: UInt32(table.ruleValues.count),
                                                       valueCount: UInt32(values.count)))
                table.ruleValues.append(contentsOf: values)
            }
            table.records.append(PriceListRecord(
                startsAt: row.startsAt?.millisecondsSinceEpoch ?? Int64.min,
                endsAt: row.endsAt?.millisecondsSinceEpoch ?? Int64.max,
                ruleStart: ruleStart,
                priority: settings?.priority ?? 0,
                ruleCount: UInt16(clamping: valuesByAttribute.count),
                type: row.type, status: row.status, isDeleted: row.isDeleted,
                rulesCountIsNull: row.rulesCount == nil,
                tierAggregation: settings?.tierAggregation ?? configuration.defaultTierAggregation,
                tierPricing: settings?.tierPricing ?? configuration.defaultTierPricing))
        }
        table.reindex()
        lists = table
    }

    /// Adds or replaces list rows (by id) and their rules, keeping indices of existing lists.
    mutating func upsertListSources(_ rows: [PriceListRow], rules: [PriceListRuleRow]) {
        var indexById: [String: Int] = [:]
        for (i, row) in listSources.rows.enumerated() { indexById[row.id] = i }
        var touched: Set<Int> = []
        for row in rows {
            if let i = indexById[row.id] {
                listSources.rows[i] = row
                listSources.rules[i] = []
                touched.insert(i)
            } else {
                indexById[row.id] = listSources.rows.count
                touched.insert(listSources.rows.count)
                listSources.rows.append(row)
                listSources.rules.append([])
            }
        }
        for rule in rules where !rule.isDeleted {
            guard let i = indexById[rule.priceListId], touched.contains(i) else {
                issues.append(PriceBookIssue(kind: .ruleOfUnknownList, id: rule.priceListId,
                                             detail: "price_list_rule \(rule.attribute) for a list not in this batch"))
                continue
            }
            listSources.rules[i].append(rule)
        }
    }
}
