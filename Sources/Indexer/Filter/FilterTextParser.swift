/// The recursive-descent parser behind `FilterParser` for one filter string, over Unicode scalars so that
/// error positions are character columns.
///
/// It follows Meilisearch's parser alternative by alternative: a recoverable `FilterSyntaxError` lets the
/// next alternative try, a failure (after a keyword or operator commits the parse) stops everything.
/// Recursion only happens per parenthesis or `NOT` level and is bounded by `FilterParser.maxDepth`.
struct FilterTextParser {
    typealias Failure = FilterSyntaxError

    let source: String
    let s: [Unicode.Scalar]
    var n: Int { s.count }

    init(_ source: String) {
        self.source = source
        s = Array(source.unicodeScalars)
    }

    func parseFilter() throws(Failure) -> FilterExpression? {
        guard s.contains(where: { !$0.properties.isWhitespace }) else { return nil }
        let (expression, end) = try parseOr(0, depth: 0)
        let rest = skipMultispace(end)
        guard rest == n else { throw error(.expectedEnd, rest, n) }
        return expression
    }

    // MARK: - Structure

    private func parseOr(_ p: Int, depth: Int) throws(Failure) -> (FilterExpression, Int) {
        try parseJoined(p, depth: depth, keyword: "OR") { (q: Int) throws(Failure) in try parseAnd(q, depth: depth) }
    }

    private func parseAnd(_ p: Int, depth: Int) throws(Failure) -> (FilterExpression, Int) {
        try parseJoined(p, depth: depth, keyword: "AND") { (q: Int) throws(Failure) in try parseNot(q, depth: depth) }
    }

    /// `member { keyword member }`; once the keyword is read the next member is mandatory.
    private func parseJoined(
        _ p: Int, depth: Int, keyword: String,
        member: (Int) throws(Failure) -> (FilterExpression, Int)
    ) throws(Failure) -> (FilterExpression, Int) {
        var (first, position) = try member(p)
        var members = [first]
        while let end = wordExact(keyword, skipMultispace(position)) {
            let (next, after) = try committed { () throws(Failure) in try member(skipMultispace(end)) }
            members.append(next)
            position = after
        }
        if members.count == 1 { return (first, position) }
        first = FilterExpression.joined(members, and: keyword == "AND")!
        return (first, position)
    }

    /// `{ "NOT" } primary`, iteratively; each NOT counts as one nesting level.
    private func parseNot(_ p: Int, depth: Int) throws(Failure) -> (FilterExpression, Int) {
        var negations = 0, position = p, level = depth
        while case let start = skipMultispace(position), let end = wordExact("NOT", start) {
            level += 1
            if level > FilterParser.maxDepth { throw failure(.depthLimitReached, start, n) }
            negations += 1
            position = skipMultispace(end)
        }
        if negations == 0 { return try parsePrimary(p, depth: level) }
        var (expression, end) = try committed { () throws(Failure) in try parsePrimary(position, depth: level) }
        for _ in 0..<negations { expression = expression.negated }
        return (expression, end)
    }

    private func parsePrimary(_ p: Int, depth: Int) throws(Failure) -> (FilterExpression, Int) {
        let open = skipMultispace(p)
        if open < n, s[open] == "(" {
            if depth + 1 > FilterParser.maxDepth { throw failure(.depthLimitReached, open, n) }
            let (inner, end) = try committed { () throws(Failure) in try parseOr(skipMultispace(open + 1), depth: depth + 1) }
            let close = skipMultispace(end)
            guard close < n, s[close] == ")" else { throw failure(.missingClosingDelimiter(")"), p, n) }
            return (inner, skipMultispace(close + 1))
        }
        try rejectGeoFunction(p)

        let field: RawValue
        do {
            field = try parseValue(p)
        } catch let error where !error.isFailure {
            if case .expectedValue(reservedKeyword: true) = error.kind {
                var committedError = error
                committedError.isFailure = true
                throw committedError
            }
            throw self.error(.invalidPrimary, p, n)
        }
        if let parsed = try parseOperation(field: field.token, at: field.end) { return parsed }
        throw error(.invalidPrimary, p, n)
    }

    /// What may follow a field, in Meilisearch's order of alternatives; nil when nothing matches.
    private func parseOperation(field: FilterToken, at f: Int) throws(Failure) -> (FilterExpression, Int)? {
        func condition(_ op: FilterOperator) -> FilterExpression { .condition(FilterCondition(field: field, op: op)) }

        if let end = wordExact("IN", skipMultispace(f)) {
            let (list, after) = try parseInList(skipMultispace(end))
            return (condition(.in(list)), after)
        }
        if let not = wordExact("NOT", f), let end = wordExact("IN", skipMultispace(not)) {
            let (list, after) = try parseInList(skipMultispace(end))
            return (condition(.in(list)).negated, after)
        }
        for (symbol, make) in Self.comparators where tag(symbol, f) != nil {
            let value = try committed { () throws(Failure) in try parseValue(f + symbol.unicodeScalars.count) }
            return (condition(make(value.token)), value.end)
        }
        if let end = tags(["IS", "NULL"], f) { return (condition(.isNull), end) }
        if let end = tags(["IS", "NOT", "NULL"], f) { return (condition(.isNull).negated, end) }
        if let end = tags(["IS", "EMPTY"], f) { return (condition(.isEmpty), end) }
        if let end = tags(["IS", "NOT", "EMPTY"], f) { return (condition(.isEmpty).negated, end) }
        if let end = tag("EXISTS", f) { return (condition(.exists), end) }
        if let end = tags(["NOT", "EXISTS"], f) { return (condition(.exists).negated, end) }
        if let from = try optionalValue(f), let to = tag("TO", from.end), to < n, isMultispace(s[to]) {
            let upper = try committed { () throws(Failure) in try parseValue(skipMultispace(to)) }
            return (condition(.between(from: from.token, to: upper.token)), upper.end)
        }
        if let keyword = tag("CONTAINS", f) ?? tags(["NOT", "CONTAINS"], f) {
            _ = try committed { () throws(Failure) in try parseValue(keyword) }
            throw failure(.containsNotEnabled, f, keyword)
        }
        if let end = tag("STARTS WITH", f) {
            let value = try committed { () throws(Failure) in try parseValue(end) }
            return (condition(.startsWith(value.token)), value.end)
        }
        if let end = tags(["NOT", "STARTS WITH"], f) {
            let value = try committed { () throws(Failure) in try parseValue(end) }
            return (condition(.startsWith(value.token)).negated, value.end)
        }
        return nil
    }

    private static let comparators: [(String, @Sendable (FilterToken) -> FilterOperator)] = [
        ("<=", FilterOperator.lessThanOrEqual), (">=", FilterOperator.greaterThanOrEqual),
        ("!=", FilterOperator.notEqual), ("<", FilterOperator.lessThan),
        (">", FilterOperator.greaterThan), ("=", FilterOperator.equal),
    ]

    /// `"[" [ value { "," value } [","] ] "]"` after `IN`.
    private func parseInList(_ p: Int) throws(Failure) -> ([FilterToken], Int) {
        guard p < n, s[p] == "[" else { throw failure(.inOpeningBracket, p, n) }
        var values: [FilterToken] = []
        var position = p + 1
        if let first = try optionalValue(position) {
            values.append(first.token)
            position = first.end
            while case let comma = skipMultispace(position), comma < n, s[comma] == ",",
                  let next = try optionalValue(skipMultispace(comma + 1)) {
                values.append(next.token)
                position = next.end
            }
            let comma = skipMultispace(position)
            if comma < n, s[comma] == "," { position = skipMultispace(comma + 1) }
        }
        let close = skipMultispace(position)
        guard close < n, s[close] == "]" else {
            throw failure(position == n ? .inClosingBracket : .inExpectedValue, position, n)
        }
        return (values, skipMultispace(close + 1))
    }

    /// A value, or nil when none starts here (failures still propagate).
    private func optionalValue(_ p: Int) throws(Failure) -> RawValue? {
        do { return try parseValue(p) } catch where !error.isFailure { return nil }
    }

    /// Runs `body`, turning a recoverable error into a failure (the parse has committed).
    func committed<T>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        do { return try body() } catch {
            var failure = error
            failure.isFailure = true
            throw failure
        }
    }

    func error(_ kind: Failure.Kind, _ start: Int, _ end: Int) -> Failure {
        Failure(kind: kind, context: span(start, end), isFailure: false)
    }

    func failure(_ kind: Failure.Kind, _ start: Int, _ end: Int) -> Failure {
        Failure(kind: kind, context: span(start, end), isFailure: true)
    }

    func span(_ start: Int, _ end: Int) -> FilterSpan { FilterSpan(source: source, start: start, end: max(start, end)) }
}
