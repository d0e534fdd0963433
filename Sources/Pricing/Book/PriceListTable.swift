/// The price lists of a book generation with their rules, Loupe settings and an index that finds
/// the lists a context can match without testing every list.
///
/// Index: every live list with rules (active, not deleted, `rules_count` not NULL) is posted under
/// each value of its *anchor* rule (the rule with the fewest values). A context can only satisfy a
/// list if it carries one of the anchor values, so a request looks up its own values and then
/// verifies the few lists found. Rule-less live lists are kept apart and always considered.
struct PriceListTable: Sendable {
    var records: [PriceListRecord] = []
    var rules: [PriceListRuleRecord] = []
    /// Rule values (ids in the book's typed list-value table), sorted per rule.
    var ruleValues: [UInt32] = []
    var ids = StringTable()
    var titles: [String] = []
    /// `(attribute << 32 | listValue)` → indices of lists anchored on it.
    var anchorPostings: [UInt64: [Int32]] = [:]
    /// Live lists without rules.
    var ruleLessLive: [Int32] = []

    var count: Int { records.count }

    @inline(__always)
    static func postingKey(attribute: UInt32, value: UInt32) -> UInt64 {
        UInt64(attribute) << 32 | UInt64(value)
    }

    func ruleRange(of list: Int) -> Range<Int> {
        let r = records[list]
        return Int(r.ruleStart)..<Int(r.ruleStart) + Int(r.ruleCount)
    }

    func values(of rule: PriceListRuleRecord) -> ArraySlice<UInt32> {
        ruleValues[Int(rule.valueStart)..<Int(rule.valueStart + rule.valueCount)]
    }

    /// Rebuilds the anchor postings and the rule-less list from `records` and `rules`.
    mutating func reindex() {
        anchorPostings = [:]
        ruleLessLive = []
        for index in records.indices where records[index].isLive {
            let record = records[index]
            if record.ruleCount == 0 {
                ruleLessLive.append(Int32(index))
                continue
            }
            var anchor = rules[Int(record.ruleStart)]
            for r in ruleRange(of: index) where rules[r].valueCount < anchor.valueCount {
                anchor = rules[r]
            }
            for value in values(of: anchor) {
                anchorPostings[Self.postingKey(attribute: anchor.attribute, value: value), default: []]
                    .append(Int32(index))
            }
        }
    }
}

/// One price list in hot storage.
struct PriceListRecord: Sendable {
    var startsAt: Int64            // Int64.min = open
    var endsAt: Int64              // Int64.max = open
    var ruleStart: UInt32
    var priority: Int32
    var ruleCount: UInt16          // number of attributes (Medusa's price_list.rules_count)
    var type: PriceListType
    var status: PriceListStatus
    var isDeleted: Bool
    var rulesCountIsNull: Bool
    var tierAggregation: TierAggregation
    var tierPricing: TierPricing

    /// Could apply to some context at some time.
    var isLive: Bool { status == .active && !isDeleted && !rulesCountIsNull }

    @inline(__always)
    func isOpen(at now: Int64) -> Bool { startsAt <= now && now <= endsAt }
}

/// One attribute of a price list's rules; its values are OR-ed.
struct PriceListRuleRecord: Sendable {
    var attribute: UInt32
    var valueStart: UInt32
    var valueCount: UInt32
}
