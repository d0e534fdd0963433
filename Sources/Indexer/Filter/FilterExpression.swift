/// A parsed `filter` parameter: a tree of conditions joined by AND, OR and NOT.
///
/// `!=`, `NOT IN`, `IS NOT NULL`, `IS NOT EMPTY`, `NOT EXISTS` and `NOT STARTS WITH` are kept as `.not` of the
/// positive condition (`!=` keeps its own operator so settings can forbid it); a double `NOT` cancels out.
/// `and` / `or` always hold at least two members.
public indirect enum FilterExpression: Sendable, Equatable {
    case condition(FilterCondition)
    case not(FilterExpression)
    case and([FilterExpression])
    case or([FilterExpression])

    /// `NOT self`, cancelling a double negation.
    var negated: FilterExpression {
        if case .not(let inner) = self { return inner }
        return .not(self)
    }
}

/// One comparison of an attribute (`field`) with the operator's operands.
public struct FilterCondition: Sendable, Equatable {
    public let field: FilterToken
    public let op: FilterOperator

    public init(field: FilterToken, op: FilterOperator) {
        self.field = field
        self.op = op
    }
}

/// The operators of the filter grammar, with their operands (§3.1).
public enum FilterOperator: Sendable, Equatable {
    case equal(FilterToken)
    case notEqual(FilterToken)
    case greaterThan(FilterToken)
    case greaterThanOrEqual(FilterToken)
    case lessThan(FilterToken)
    case lessThanOrEqual(FilterToken)
    /// `field from TO to`, both bounds inclusive.
    case between(from: FilterToken, to: FilterToken)
    case `in`([FilterToken])
    case exists
    case isNull
    case isEmpty
    case startsWith(FilterToken)

    /// The operator as the user writes it (used in error messages).
    public var symbol: String {
        switch self {
        case .equal: "="
        case .notEqual: "!="
        case .greaterThan: ">"
        case .greaterThanOrEqual: ">="
        case .lessThan: "<"
        case .lessThanOrEqual: "<="
        case .between: "TO"
        case .in: "IN"
        case .exists: "EXISTS"
        case .isNull: "IS NULL"
        case .isEmpty: "IS EMPTY"
        case .startsWith: "STARTS WITH"
        }
    }
}

/// A field name or value of a filter, decoded (quotes removed, escapes applied), with where it was written.
///
/// Two tokens are equal when their decoded text is equal, wherever they were written.
/// `normalized` is the filter normalization of `value` (trim, NFKD, lowercase) and `number` its value
/// when the text is a finite decimal float, so a segment never re-derives them.
public struct FilterToken: Sendable, Equatable, CustomStringConvertible {
    public let value: String
    public let span: FilterSpan
    let normalized: String
    let number: Double?

    public init(_ value: String, span: FilterSpan) {
        self.value = value
        self.span = span
        normalized = TextNormalizer.filterValue(value)
        number = FilterNumber.finiteValue(of: value)
    }

    public static func == (a: FilterToken, b: FilterToken) -> Bool { a.value == b.value }
    public var description: String { value }
}

/// A range of characters (Unicode scalars) in the filter text it came from.
public struct FilterSpan: Sendable {
    /// The whole filter string (one element of the array form).
    public let source: String
    /// Scalar offsets, `start <= end`.
    public let start: Int
    public let end: Int
}
