/// Matches a price list's rules against a prepared context (§2.5): every attribute of the list
/// must be in the context with at least one value contained in the rule's value array (jsonb
/// containment, so JSON types must agree). Attributes are AND-ed, values OR-ed.
enum ListRuleMatcher {
    static func allRulesMatch(list: Int, lists: PriceListTable, context: PreparedContext) -> Bool {
        for r in lists.ruleRange(of: list) where firstFailure(rule: lists.rules[r], lists: lists, context: context) != nil {
            return false
        }
        return true
    }

    /// Why one list rule fails, nil when it matches.
    static func firstFailure(rule: PriceListRuleRecord, lists: PriceListTable, context: PreparedContext) -> RuleFailure? {
        guard let e = context.entryIndex(for: rule.attribute) else { return .attributeMissing }
        let values = lists.values(of: rule)
        for v in context.listValues(ofEntry: e) where values.contains(v) { return nil }
        return .valueMismatch
    }
}

/// Why a single rule does not match.
enum RuleFailure: Sendable, Hashable {
    case attributeMissing
    case valueMismatch
    /// A `gt/gte/lt/lte` rule whose stored value is not a number (Postgres would raise).
    case valueNotNumeric
}
