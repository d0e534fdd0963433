/// Checking a filter against the index's `filterableAttributes` before it runs (§3.2, last paragraph).
extension FilterExpression {
    /// Throws `invalid_search_filter` for the first condition (left to right, even in OR branches that
    /// would never be reached) whose attribute matches no filterable rule, or whose first matching rule
    /// does not allow its operator (`=`, `!=`, `IN` need `equality`; `<`, `>`, `<=`, `>=`, `TO`,
    /// `STARTS WITH` need `comparison`; `EXISTS`, `IS NULL`, `IS EMPTY` need either).
    public func validate(filterable: [FilterableAttributeRule]) throws(EngineError) {
        var problem: EngineError?
        forEachCondition { condition in
            guard problem == nil else { return }
            problem = Self.problem(with: condition, filterable: filterable)
        }
        if let problem { throw problem }
    }

    private static func problem(with condition: FilterCondition, filterable: [FilterableAttributeRule]) -> EngineError? {
        let field = condition.field.value
        guard let index = filterable.firstIndex(where: { $0.matches(field) }),
              filterable[index].equality || filterable[index].comparison else {
            let patterns = Set(filterable.filter { $0.equality || $0.comparison }.flatMap(\.patterns))
                .sorted { ByteOrder.precedes($0, $1) }
            let available = patterns.isEmpty
                ? "This index does not have configured filterable attributes."
                : "Available filterable attribute patterns are: `\(patterns.joined(separator: ", "))`."
            return EngineError("invalid_search_filter",
                               "Attribute `\(field)` is not filterable. \(available)\n"
                                   + FilterSyntaxError.position(of: condition.field.span))
        }
        let rule = filterable[index]
        let allowed: Bool
        switch condition.op {
        case .equal, .notEqual, .in: allowed = rule.equality
        case .greaterThan, .greaterThanOrEqual, .lessThan, .lessThanOrEqual, .between, .startsWith: allowed = rule.comparison
        case .exists, .isNull, .isEmpty: allowed = true
        }
        guard !allowed else { return nil }
        var operators = ["OR", "AND", "NOT"]
        if rule.equality { operators += ["=", "!=", "IN"] }
        if rule.comparison { operators += ["<", ">", "<=", ">=", "TO", "STARTS WITH"] }
        operators += ["IS EMPTY", "IS NULL", "EXISTS"]
        let feature: String
        switch condition.op {
        case .equal, .notEqual, .in: feature = "equality"
        default: feature = "comparison"
        }
        let symbol = condition.op.symbol
        return EngineError("invalid_search_filter", """
            Filter operator `\(symbol)` is not allowed for the attribute `\(field)`.
              - Note: allowed operators: \(operators.joined(separator: ", ")).
              - Note: field `\(field)` matched rule #\(index) in `filterableAttributes`
              - Hint: enable \(feature) in rule #\(index) by modifying the features.filter object
              - Hint: prepend another rule matching `\(field)` with appropriate filter features before rule #\(index)
            """)
    }
}
