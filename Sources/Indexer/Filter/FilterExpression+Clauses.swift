/// Rewrites used by disjunctive faceting.
extension FilterExpression {
    /// The attribute names this expression mentions, in order of first appearance.
    public var attributes: [String] {
        var seen: [String] = []
        forEachCondition { condition in
            if !seen.contains(condition.field.value) { seen.append(condition.field.value) }
        }
        return seen
    }

    /// This filter without its top-level AND members that mention only `attribute` (the facet's own
    /// clauses, so its other values can be counted); nil when nothing is left. A filter that is not an
    /// AND is dropped whole if it mentions only `attribute`, otherwise kept as is.
    public func removingClauses(on attribute: String) -> FilterExpression? {
        let members: [FilterExpression]
        if case .and(let conjuncts) = self { members = conjuncts } else { members = [self] }
        return FilterExpression.joined(members.filter { $0.attributes != [attribute] }, and: true)
    }
}
