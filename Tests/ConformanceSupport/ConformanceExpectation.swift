import LoupeJSON

/// Checks a response against a case's `expect` object as the harness contract describes; returns the
/// mismatches (empty when the response conforms).
public enum ConformanceExpectation {
    public static func mismatches(expect: JSONObject, status: Int, body: JSONValue) -> [String] {
        var problems: [String] = []
        let expectedStatus = expect["status"]?.numberValue?.int64Value.map(Int.init) ?? 200
        if status != expectedStatus { problems.append("status \(status), expected \(expectedStatus): \(body.jsonString.prefix(300))") }
        let hits = body["hits"]?.arrayValue ?? []
        let ids = hits.map { $0["id"] ?? .null }
        for (key, expected) in expect {
            switch key {
            case "status": continue
            case "hitIds":
                if !sameIDs(ids, expected.arrayValue ?? []) { problems.append("hitIds \(JSONValue.array(ids).jsonString), expected \(expected.jsonString)") }
            case "hitIdsUnordered":
                let got = ids.map(idText).sorted(), want = (expected.arrayValue ?? []).map(idText).sorted()
                if got != want { problems.append("hitIdsUnordered \(got), expected \(want)") }
            case "hitsExact":
                if !deepEqual(.array(hits), expected) { problems.append("hits \(JSONValue.array(hits).jsonString), expected \(expected.jsonString)") }
            case "hitsSubset":
                for (index, subset) in (expected.arrayValue ?? []).enumerated() {
                    if index >= hits.count || !contains(hits[index], subset) {
                        problems.append("hit \(index) \(index < hits.count ? hits[index].jsonString : "missing") does not contain \(subset.jsonString)")
                    }
                }
            case "fields":
                for (field, value) in expected.objectValue ?? JSONObject() where !deepEqual(body[field] ?? .null, value) || body[field] == nil {
                    problems.append("field \(field) = \(body[field]?.jsonString ?? "absent"), expected \(value.jsonString)")
                }
            case "fieldTypes":
                for (field, type) in expected.objectValue ?? JSONObject() where !hasType(body[field], type.stringValue ?? "") {
                    problems.append("field \(field) is not of type \(type.jsonString)")
                }
            case "presentFields":
                for field in (expected.arrayValue ?? []).compactMap(\.stringValue) where body[field] == nil {
                    problems.append("field \(field) is absent")
                }
            case "absentFields":
                for field in (expected.arrayValue ?? []).compactMap(\.stringValue) where body[field] != nil {
                    problems.append("field \(field) is present")
                }
            case "facetDistribution", "facetStats", "bodyExact":
                let actual = key == "bodyExact" ? body : (body[key] ?? .null)
                if !deepEqual(actual, expected) { problems.append("\(key) \(actual.jsonString), expected \(expected.jsonString)") }
            case "facetDistributionKeyOrder":
                for (facet, order) in expected.objectValue ?? JSONObject() {
                    let keys = body["facetDistribution"]?[facet]?.objectValue?.keys ?? []
                    let want = (order.arrayValue ?? []).compactMap(\.stringValue)
                    if keys != want { problems.append("facet \(facet) key order \(keys), expected \(want)") }
                }
            case "facetHits":
                if !deepEqual(body["facetHits"] ?? .null, expected) { problems.append("facetHits \(body["facetHits"]?.jsonString ?? "absent"), expected \(expected.jsonString)") }
            case "error", "taskError":
                let error = key == "error" ? body : (body["error"] ?? .null)
                for (field, value) in expected.objectValue ?? JSONObject() {
                    switch field {
                    case "messageContains":
                        if !(error["message"]?.stringValue ?? "").contains(value.stringValue ?? "\u{0}") {
                            problems.append("error message \(error["message"]?.jsonString ?? "absent") lacks \(value.jsonString)")
                        }
                    default:
                        if error[field] != value { problems.append("error \(field) = \(error[field]?.jsonString ?? "absent"), expected \(value.jsonString)") }
                    }
                }
            case "results":
                let results = body["results"]?.arrayValue ?? []
                for (index, part) in (expected.arrayValue ?? []).enumerated() {
                    guard index < results.count, case .object(var partial) = part else { problems.append("results[\(index)] missing"); continue }
                    if let uid = partial.removeValue(forKey: "indexUid"), results[index]["indexUid"] != uid {
                        problems.append("results[\(index)].indexUid = \(results[index]["indexUid"]?.jsonString ?? "absent")")
                    }
                    partial["status"] = .number(JSONNumber(status))
                    problems += mismatches(expect: partial, status: status, body: results[index]).map { "results[\(index)]: \($0)" }
                }
            default:
                problems.append("unknown expectation key \(key)")
            }
        }
        return problems
    }

    public static func idText(_ id: JSONValue) -> String {
        switch id {
        case .string(let text): text
        case .number(let number): number.literal
        default: id.jsonString
        }
    }

    public static func sameIDs(_ got: [JSONValue], _ want: [JSONValue]) -> Bool {
        got.count == want.count && zip(got, want).allSatisfy { deepEqual($0, $1) }
    }

    /// Structural equality where numbers compare by value (10 == 10.0).
    public static func deepEqual(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x.doubleValue == y.doubleValue
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { deepEqual($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { deepEqual(value, $0) } ?? false }
        default: return a == b
        }
    }

    /// Whether `value` holds every key/value of `subset`, recursively.
    public static func contains(_ value: JSONValue, _ subset: JSONValue) -> Bool {
        switch (value, subset) {
        case (.object(let x), .object(let y)):
            return y.allSatisfy { key, expected in x[key].map { contains($0, expected) } ?? false }
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { contains($0, $1) }
        default:
            return deepEqual(value, subset)
        }
    }

    public static func hasType(_ value: JSONValue?, _ type: String) -> Bool {
        switch (value, type) {
        case (.number(let number)?, "integer"): return number.isInteger
        case (.string?, "string"): return true
        case (.string(let text)?, "rfc3339"): return text.count >= 20 && text.contains("T")
        default: return false
        }
    }
}
