/// Running a filter over a segment as bitmap algebra.
extension FilterColumns {
    /// The documents of `universe` (the segment's live documents) that match `expression`.
    /// NOT, `!=`, `NOT IN`… complement within `universe`, so documents without the field match them.
    public func evaluate(_ expression: FilterExpression, universe: DocumentSet) -> DocumentSet {
        switch expression {
        case .not(let inner):
            return universe.subtracting(evaluate(inner, universe: universe))
        case .or(let members):
            return DocumentSet.union(members.map { evaluate($0, universe: universe) })
        case .and(let members):
            // Positive members narrow first; negated ones are subtracted from what is left.
            var result = universe
            for member in members {
                if case .not = member { continue }
                result = result.intersection(evaluate(member, universe: result))
                if result.isEmpty { return result }
            }
            for case .not(let inner) in members {
                result = result.subtracting(evaluate(inner, universe: result))
                if result.isEmpty { return result }
            }
            return result
        case .condition(let condition):
            if case .notEqual(let value) = condition.op {
                return universe.subtracting(matching(condition.field.value, equal: value))
            }
            return universe.intersection(matching(condition))
        }
    }

    /// Documents (live or not) matching one positive condition.
    private func matching(_ condition: FilterCondition) -> DocumentSet {
        let field = condition.field.value
        switch condition.op {
        case .equal(let value), .notEqual(let value):
            return matching(field, equal: value)
        case .in(let values):
            return DocumentSet.union(values.map { matching(field, equal: $0) })
        case .exists: return column(field)?.exists ?? .empty
        case .isNull: return column(field)?.null ?? .empty
        case .isEmpty: return column(field)?.empty ?? .empty
        case .greaterThan(let value): return matching(field, from: (value, false), to: nil)
        case .greaterThanOrEqual(let value): return matching(field, from: (value, true), to: nil)
        case .lessThan(let value): return matching(field, from: nil, to: (value, false))
        case .lessThanOrEqual(let value): return matching(field, from: nil, to: (value, true))
        case .between(let from, let to): return matching(field, from: (from, true), to: (to, true))
        case .startsWith(let prefix):
            return DocumentSet.union(valueColumns(field).map {
                $0.stringPostings.set(of: $0.stringRange(withPrefix: prefix.normalized))
            })
        }
    }

    /// Normalized string equality, or numeric equality when the operand is a number.
    private func matching(_ field: String, equal value: FilterToken) -> DocumentSet {
        var sets: [DocumentSet] = []
        for column in valueColumns(field) {
            if let i = column.stringIndex(of: value.normalized) { sets.append(column.stringPostings.set(of: i)) }
            if let number = value.number, let i = column.numberIndex(of: number) {
                sets.append(column.numberPostings.set(of: i))
            }
        }
        return DocumentSet.union(sets)
    }

    /// A range: numeric over numbers when every given bound is a number, plus lexicographic over the
    /// normalized strings. A nil bound is open.
    private func matching(_ field: String, from lower: (FilterToken, Bool)?, to upper: (FilterToken, Bool)?) -> DocumentSet {
        let numeric = (lower.map { $0.0.number != nil } ?? true) && (upper.map { $0.0.number != nil } ?? true)
        var sets: [DocumentSet] = []
        for column in valueColumns(field) {
            if numeric {
                let low = lower.map { column.numberBound($0.0.number!, includingEqual: $0.1) } ?? 0
                let high = upper.map { column.numberBound($0.0.number!, includingEqual: !$0.1) } ?? column.numbers.count
                if low < high { sets.append(column.numberPostings.set(of: low..<high)) }
            }
            let low = lower.map { column.stringBound($0.0.normalized, includingEqual: $0.1) } ?? 0
            let high = upper.map { column.stringBound($0.0.normalized, includingEqual: !$0.1) } ?? column.strings.count
            if low < high { sets.append(column.stringPostings.set(of: low..<high)) }
        }
        return DocumentSet.union(sets)
    }
}
