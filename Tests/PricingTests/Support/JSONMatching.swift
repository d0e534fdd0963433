import LoupeJSON
import Pricing

/// Compares JSON values the way the vector file means them: numbers by exact decimal value,
/// objects by key (all keys, or only the expected keys when `subset`), arrays element-wise.
/// Returns the path of the first difference, nil when they match.
func jsonMismatch(_ actual: JSONValue?, _ expected: JSONValue, subset: Bool, path: String = "$") -> String? {
    guard let actual else { return "\(path): missing, expected \(expected.jsonString)" }
    switch (actual, expected) {
    case let (.number(a), .number(e)):
        guard let x = ExactDecimal(parsing: a.literal), let y = ExactDecimal(parsing: e.literal), x == y else {
            return "\(path): \(a.literal) ≠ \(e.literal)"
        }
        return nil
    case let (.object(a), .object(e)):
        if !subset {
            for (key, _) in a where e[key] == nil { return "\(path).\(key): unexpected field" }
        }
        for (key, value) in e {
            if let m = jsonMismatch(a[key], value, subset: subset, path: "\(path).\(key)") { return m }
        }
        return nil
    case let (.array(a), .array(e)):
        guard a.count == e.count else { return "\(path): \(a.count) elements, expected \(e.count)" }
        for (i, pair) in zip(a, e).enumerated() {
            if let m = jsonMismatch(pair.0, pair.1, subset: subset, path: "\(path)[\(i)]") { return m }
        }
        return nil
    default:
        return actual == expected ? nil : "\(path): \(actual.jsonString) ≠ \(expected.jsonString)"
    }
}

/// `../shared/reference/<name>` relative to the package root.
func sharedReferenceURL(_ name: String, file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    // …/<root>/Tests/PricingTests/Support/JSONMatching.swift → …/<root>
    parts.removeLast(4)
    parts.removeLast()
    return parts.joined(separator: "/") + "/shared/reference/" + name
}
