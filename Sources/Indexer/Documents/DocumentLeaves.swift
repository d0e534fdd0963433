import LoupeJSON

/// Walks a document's leaves (strings, numbers, booleans) with their dotted attribute paths.
///
/// Arrays are transparent: each element is visited under the array's path; the indexer moves the words of
/// each further value of an attribute 8 positions on, as Meilisearch does between array elements.
enum DocumentLeaves {
    /// A leaf value as the indexer sees it.
    enum Leaf {
        case text(String)
        case number(JSONNumber)
        case bool(Bool)
        case null
        case emptyContainer
    }

    /// Calls `body` with each leaf's path and value, in document order; nesting deeper than 64 is ignored.
    static func forEach(in object: JSONObject, _ body: (String, Leaf) -> Void) {
        for (key, value) in object { visit(value, path: key, depth: 0, body) }
    }

    private static func visit(_ value: JSONValue, path: String, depth: Int, _ body: (String, Leaf) -> Void) {
        guard depth < 64 else { return }
        switch value {
        case .string(let text): body(path, .text(text))
        case .number(let number): body(path, .number(number))
        case .bool(let flag): body(path, .bool(flag))
        case .null: body(path, .null)
        case .array(let items):
            if items.isEmpty { body(path, .emptyContainer) }
            for item in items { visit(item, path: path, depth: depth + 1, body) }
        case .object(let inner):
            if inner.count == 0 { body(path, .emptyContainer) }
            for (key, item) in inner { visit(item, path: path + "." + key, depth: depth + 1, body) }
        }
    }

    /// Every leaf value under `path` (the attribute itself or any nested attribute below it).
    static func values(at path: String, in object: JSONObject) -> [Leaf] {
        var found: [Leaf] = []
        let head: Substring, rest: Substring?
        if let dot = path.firstIndex(of: ".") {
            head = path[..<dot]
            rest = path[path.index(after: dot)...]
        } else {
            head = Substring(path)
            rest = nil
        }
        // A key may itself contain dots (`"a.b": 1`): try the whole remaining path first.
        if let direct = object[path] { collect(direct, into: &found) }
        if let rest, let child = object[String(head)] { collectNested(child, rest: String(rest), into: &found) }
        return found
    }

    private static func collectNested(_ value: JSONValue, rest: String, into found: inout [Leaf]) {
        switch value {
        case .object(let inner): found.append(contentsOf: values(at: rest, in: inner))
        case .array(let items): for item in items { collectNested(item, rest: rest, into: &found) }
        default: break
        }
    }

    private static func collect(_ value: JSONValue, into found: inout [Leaf]) {
        switch value {
        case .string(let text): found.append(.text(text))
        case .number(let number): found.append(.number(number))
        case .bool(let flag): found.append(.bool(flag))
        case .null: found.append(.null)
        case .array(let items):
            if items.isEmpty { found.append(.emptyContainer) }
            for item in items { collect(item, into: &found) }
        case .object(let inner):
            if inner.count == 0 { found.append(.emptyContainer) }
            for (_, item) in inner { collect(item, into: &found) }
        }
    }
}
