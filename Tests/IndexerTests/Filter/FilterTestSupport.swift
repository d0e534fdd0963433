import LoupeJSON
@testable import Indexer

/// SplitMix64, so the engine's property tests (filters, facets, fuzzy term search) replay exactly from their seed.
struct SeededTestRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Plain, obviously-correct restatement of the filter semantics (§3.2) over JSON documents, used as the
/// oracle for `FilterColumns`. Slow on purpose: no index, every condition re-walks every document.
enum BruteForceFilter {
    /// Every scalar leaf with the path it sits at (arrays transparent).
    static func leaves(_ document: JSONObject) -> [(path: String, value: JSONValue)] {
        var out: [(String, JSONValue)] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .object(let o): for (k, v) in o { walk(v, path + "." + k) }
            case .array(let a): for v in a { walk(v, path) }
            case .null: break
            default: out.append((path, value))
            }
        }
        for (k, v) in document { walk(v, k) }
        return out
    }

    /// Every value found directly under an object key, with its path.
    static func members(_ document: JSONObject) -> [(path: String, value: JSONValue)] {
        var out: [(String, JSONValue)] = []
        func walk(_ value: JSONValue, _ path: String, member: Bool) {
            if member { out.append((path, value)) }
            switch value {
            case .object(let o): for (k, v) in o { walk(v, path + "." + k, member: true) }
            case .array(let a): for v in a { walk(v, path, member: false) }
            default: break
            }
        }
        for (k, v) in document { walk(v, k, member: true) }
        return out
    }

    static func strings(_ field: String, _ document: JSONObject) -> [String] {
        leaves(document).compactMap { leaf in
            guard leaf.path == field || leaf.path.hasPrefix(field + ".") else { return nil }
            switch leaf.value {
            case .string(let s): let n = TextNormalizer.filterValue(s); return n.isEmpty ? nil : n
            case .bool(let b): return b ? "true" : "false"
            default: return nil
            }
        }
    }

    static func numbers(_ field: String, _ document: JSONObject) -> [Double] {
        leaves(document).compactMap { leaf in
            guard leaf.path == field || leaf.path.hasPrefix(field + ".") else { return nil }
            return leaf.value.numberValue?.doubleValue
        }
    }

    static func less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    static func matches(_ expression: FilterExpression, _ document: JSONObject) -> Bool {
        switch expression {
        case .not(let inner): return !matches(inner, document)
        case .and(let members): return members.allSatisfy { matches($0, document) }
        case .or(let members): return members.contains { matches($0, document) }
        case .condition(let c): return matches(c, document)
        }
    }

    static func matches(_ c: FilterCondition, _ document: JSONObject) -> Bool {
        let field = c.field.value
        func equal(_ t: FilterToken) -> Bool {
            strings(field, document).contains { $0.utf8.elementsEqual(t.normalized.utf8) }
                || (t.number.map { n in numbers(field, document).contains(n) } ?? false)
        }
        func inRange(_ lower: (FilterToken, Bool)?, _ upper: (FilterToken, Bool)?) -> Bool {
            let numeric = (lower?.0.number != nil || lower == nil) && (upper?.0.number != nil || upper == nil)
            if numeric, numbers(field, document).contains(where: { n in
                (lower.map { $0.1 ? n >= $0.0.number! : n > $0.0.number! } ?? true)
                    && (upper.map { $0.1 ? n <= $0.0.number! : n < $0.0.number! } ?? true)
            }) { return true }
            return strings(field, document).contains { s in
                (lower.map { $0.1 ? !less(s, $0.0.normalized) : less($0.0.normalized, s) } ?? true)
                    && (upper.map { $0.1 ? !less($0.0.normalized, s) : less(s, $0.0.normalized) } ?? true)
            }
        }
        let direct = members(document).filter { $0.path == field }.map(\.value)
        switch c.op {
        case .equal(let t): return equal(t)
        case .notEqual(let t): return !equal(t)
        case .in(let list): return list.contains(where: equal)
        case .exists: return !direct.isEmpty
        case .isNull: return direct.contains(.null)
        case .isEmpty: return direct.contains { $0 == "" || $0 == [] || $0 == .object(JSONObject()) }
        case .greaterThan(let t): return inRange((t, false), nil)
        case .greaterThanOrEqual(let t): return inRange((t, true), nil)
        case .lessThan(let t): return inRange(nil, (t, false))
        case .lessThanOrEqual(let t): return inRange(nil, (t, true))
        case .between(let a, let b): return inRange((a, true), (b, true))
        case .startsWith(let t): return strings(field, document).contains { $0.utf8.starts(with: t.normalized.utf8) }
        }
    }
}

/// Random product-like documents mixing every kind of value the filter semantics distinguish.
enum RandomDocuments {
    static let words = ["Red", " red ", "RED", "réd", "Réd", "blue", "Blue", "10", "10.0", "9", "XL", "apple", "melon",
                        "zucchini", "true", "", "  ", "Gläss", "glass", "a b", "é"]

    static func scalar(_ rng: inout SeededTestRandom) -> JSONValue {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0...3: return .string(words.randomElement(using: &rng)!)
        case 4...5: return .number(JSONNumber(Int.random(in: -3...20, using: &rng)))
        case 6: return .number(JSONNumber(literal: ["10.0", "2.5", "-0", "1e1", "0.5"].randomElement(using: &rng)!)!)
        case 7: return .bool(Bool.random(using: &rng))
        case 8: return .null
        default: return .number(JSONNumber(Double(Int.random(in: 0...40, using: &rng)) / 4))
        }
    }

    static func value(_ rng: inout SeededTestRandom, depth: Int = 0) -> JSONValue {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0...5: return scalar(&rng)
        case 6...7: return .array((0..<Int.random(in: 0...3, using: &rng)).map { _ in depth < 2 ? value(&rng, depth: depth + 1) : scalar(&rng) })
        default:
            guard depth < 2 else { return scalar(&rng) }
            var object = JSONObject()
            for key in ["color", "size"] where Bool.random(using: &rng) { object[key] = value(&rng, depth: depth + 1) }
            return .object(object)
        }
    }

    static let fields = ["brand", "price", "tags", "variant", "size"]

    static func document(_ rng: inout SeededTestRandom) -> JSONObject {
        var document = JSONObject()
        for field in fields where Int.random(in: 0..<5, using: &rng) > 0 { document[field] = value(&rng) }
        return document
    }
}

/// Random filter text: valid expressions over the random documents' fields, or token soup.
enum RandomFilters {
    static let fields = ["brand", "price", "tags", "variant", "variant.color", "variant.size", "size", "nothing"]
    static let operands = ["red", "'Red'", "\"réd\"", "blue", "10", "10.0", "9", "2.5", "-1", "XL", "apple", "m", "'a b'",
                           "true", "0", "'10'", "\"é\"", "glass", "'Gläss'", "5"]

    static func condition(_ rng: inout SeededTestRandom) -> String {
        let f = fields.randomElement(using: &rng)!
        func v() -> String { operands.randomElement(using: &rng)! }
        switch Int.random(in: 0..<14, using: &rng) {
        case 0: return "\(f) = \(v())"
        case 1: return "\(f) != \(v())"
        case 2: return "\(f) > \(v())"
        case 3: return "\(f) >= \(v())"
        case 4: return "\(f) < \(v())"
        case 5: return "\(f) <= \(v())"
        case 6: return "\(f) \(v()) TO \(v())"
        case 7: return "\(f) IN [\(v()), \(v())]"
        case 8: return "\(f) NOT IN [\(v())]"
        case 9: return ["\(f) EXISTS", "\(f) NOT EXISTS"].randomElement(using: &rng)!
        case 10: return ["\(f) IS NULL", "\(f) IS NOT NULL"].randomElement(using: &rng)!
        case 11: return ["\(f) IS EMPTY", "\(f) IS NOT EMPTY"].randomElement(using: &rng)!
        case 12: return "\(f) STARTS WITH \(v())"
        default: return "\(f) NOT STARTS WITH \(v())"
        }
    }

    static func expression(_ rng: inout SeededTestRandom, depth: Int = 0) -> String {
        guard depth < 3, Int.random(in: 0..<3, using: &rng) > 0 else { return condition(&rng) }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return "\(expression(&rng, depth: depth + 1)) AND \(expression(&rng, depth: depth + 1))"
        case 1: return "\(expression(&rng, depth: depth + 1)) OR \(expression(&rng, depth: depth + 1))"
        case 2: return "NOT \(expression(&rng, depth: depth + 1))"
        default: return "(\(expression(&rng, depth: depth + 1)))"
        }
    }

    static let soup = ["(", ")", "AND", "OR", "NOT", "=", "!=", ">", ">=", "<", "IN", "[", "]", ",", "'", "\"", "\\",
                       "\\u{", "\\x", "TO", "EXISTS", "IS", "NULL", "EMPTY", "STARTS WITH", "CONTAINS", "_geoRadius(",
                       "_geoBoundingBox(", "_geo", "_geoPoint(", "x", "1", "2.5", "🐻", " ", "  ", "\n", "é", "a.b", "-",
                       "WITH", "STARTS", "NOT IN", "IS NOT", "\t", "e\u{301}", "\u{0}", "])", "(((("]

    static func garbage(_ rng: inout SeededTestRandom) -> String {
        (0..<Int.random(in: 0...14, using: &rng)).map { _ in
            Bool.random(using: &rng) ? soup.randomElement(using: &rng)! : condition(&rng)
        }.joined(separator: Bool.random(using: &rng) ? " " : "")
    }
}
