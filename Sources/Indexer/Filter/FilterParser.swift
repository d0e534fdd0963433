import LoupeJSON

/// Parses the `filter` search parameter (string or array form, §3.1) into a `FilterExpression`.
///
/// An empty or blank string, an empty array, or `null` mean "no filter" (`nil`). Every syntax error is an
/// `EngineError` with code `invalid_search_filter` and a message ending in `\n<start>:<end> <filter>`;
/// `CONTAINS` is rejected with `feature_not_enabled`, geo functions (`_geoRadius`, `_geoBoundingBox`,
/// `_geoPolygon`) are parsed and then rejected because Loupe does not index `_geo`. Nesting deeper than
/// `maxDepth` parentheses/NOTs and more than `maxConditions` conditions are rejected, so hostile input
/// can neither overflow the stack nor make evaluation explode.
public enum FilterParser {
    public static let maxDepth = 150
    public static let maxConditions = 2000

    public static func parse(_ filter: JSONValue) throws(EngineError) -> FilterExpression? {
        switch filter {
        case .null: return nil
        case .string(let text): return try checked(parseText(text))
        case .array(let items):
            for item in items {
                switch item {
                case .string: continue
                case .array(let inner):
                    for element in inner where element.stringValue == nil { throw invalidType(["String"], element) }
                default: throw invalidType(["String", "[String]"], item)
                }
            }
            var conjuncts: [FilterExpression] = []
            for item in items {
                if case .string(let text) = item {
                    if let expression = try parseText(text) { conjuncts.append(expression) }
                } else if case .array(let inner) = item {
                    var disjuncts: [FilterExpression] = []
                    for case .string(let text) in inner {
                        if let expression = try parseText(text) { disjuncts.append(expression) }
                    }
                    if let either = FilterExpression.joined(disjuncts, and: false) { conjuncts.append(either) }
                }
            }
            return try checked(FilterExpression.joined(conjuncts, and: true))
        default:
            throw invalidType(["String", "Array"], filter)
        }
    }

    /// Parses one filter string.
    public static func parse(_ text: String) throws(EngineError) -> FilterExpression? {
        try checked(parseText(text))
    }

    private static func parseText(_ text: String) throws(EngineError) -> FilterExpression? {
        do {
            return try FilterTextParser(text).parseFilter()
        } catch {
            throw error.engineError
        }
    }

    /// Rejects expressions with more than `maxConditions` conditions.
    private static func checked(_ expression: FilterExpression?) throws(EngineError) -> FilterExpression? {
        guard let expression else { return nil }
        var count = 0
        var excess: FilterCondition?
        expression.forEachCondition { condition in
            count += 1
            if count == maxConditions + 1 { excess = condition }
        }
        if let excess {
            throw FilterSyntaxError(kind: .tooManyConditions, context: excess.field.span, isFailure: true).engineError
        }
        return expression
    }

    private static func invalidType(_ expected: [String], _ found: JSONValue) -> EngineError {
        EngineError("invalid_search_filter",
                    "Invalid syntax for the filter parameter: `expected \(expected.joined(separator: ", ")), found: \(found.jsonString)`.")
    }
}

extension FilterExpression {
    /// `members` joined by AND (or OR), flattening nested joins of the same kind; nil when empty.
    static func joined(_ members: [FilterExpression], and: Bool) -> FilterExpression? {
        var flat: [FilterExpression] = []
        for member in members {
            switch (member, and) {
            case (.and(let inner), true), (.or(let inner), false): flat.append(contentsOf: inner)
            default: flat.append(member)
            }
        }
        switch flat.count {
        case 0: return nil
        case 1: return flat[0]
        default: return and ? .and(flat) : .or(flat)
        }
    }

    /// Calls `body` with every condition, left to right.
    func forEachCondition(_ body: (FilterCondition) -> Void) {
        switch self {
        case .condition(let condition): body(condition)
        case .not(let inner): inner.forEachCondition(body)
        case .and(let members), .or(let members): for member in members { member.forEachCondition(body) }
        }
    }
}
