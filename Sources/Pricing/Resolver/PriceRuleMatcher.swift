/// Matches a price's rules against a prepared context (§2.4): all rules must match.
///
/// - Scalar number in the context: `eq` compares the number's text with the rule value as text
///   (`350` matches `"350"`, not `"350.0"`); `gt/gte/lt/lte` compare numerically. A non-numeric
///   rule value under a numeric operator never matches (Postgres would raise; Loupe decides it
///   simply does not match).
/// - Anything else (string, boolean, list): the rule matches when its text value equals one of
///   the elements; the operator is ignored (§2.11 #2, kept for compatibility).
enum PriceRuleMatcher {
    @inline(__always)
    static func allRulesMatch(_ price: PriceRecord, rules: UnsafeBufferPointer<PriceRuleRecord>, context: PreparedContext) -> Bool {
        let start = Int(price.ruleStart)
        for r in start..<(start + Int(price.ruleCount)) where failure(rules[r], context: context) != nil {
            return false
        }
        return true
    }

    @inline(__always)
    static func failure(_ rule: PriceRuleRecord, context: PreparedContext) -> RuleFailure? {
        guard let e = context.entryIndex(for: rule.attribute) else { return .attributeMissing }
        if rule.op != .eq && context.entryIsNumber[e] {
            guard let bound = rule.numericValue else { return .valueNotNumeric }
            let c = ExactDecimal.compare(context.entryNumbers[e], bound)
            let ok: Bool
            switch rule.op {
            case .gt: ok = c > 0
            case .gte: ok = c >= 0
            case .lt: ok = c < 0
            case .lte: ok = c <= 0
            case .eq: ok = c == 0
            }
            return ok ? nil : .valueMismatch
        }
        return context.entry(e, hasText: rule.value) ? nil : .valueMismatch
    }
}
