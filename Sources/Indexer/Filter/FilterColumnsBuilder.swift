import LoupeJSON

/// Collects the filterable values of a segment's documents, then freezes them into `FilterColumns`.
///
/// `fields` are the patterns of the filterable rules; a path is indexed when one of them matches it
/// (exactly, as a parent — `variant` covers `variant.color` — or by a `*` pattern). Every matching key
/// path is recorded (EXISTS, IS NULL, IS EMPTY), and every string, number and boolean leaf under it is a
/// value of the path it sits at (array elements each count; booleans are the strings `true`/`false`).
/// Documents may be added in any order, but ascending local ids build fastest.
public struct FilterColumnsBuilder {
    private let fields: [String]
    private var accumulators: [ColumnAccumulator] = []
    /// Path → accumulator index, or -1 when the path is not filterable.
    private var slots: [String: Int] = [:]
    private static let maxNesting = 64

    public init(fields: [String]) {
        self.fields = fields
    }

    public mutating func add(local: UInt32, document: JSONObject) {
        guard !fields.isEmpty else { return }
        for (key, value) in document { visitMember(path: key, value: value, document: local, depth: 0) }
    }

    public func build(documentCount: Int) -> FilterColumns {
        FilterColumns(documentCount: documentCount, columns: accumulators.map { $0.build(documentCount: documentCount) })
    }

    private mutating func slot(for path: String) -> Int {
        if let known = slots[path] { return known }
        var slot = -1
        if fields.contains(where: { AttributePattern.matches(pattern: $0, path: path) }) {
            slot = accumulators.count
            accumulators.append(ColumnAccumulator(path: path))
        }
        slots[path] = slot
        return slot
    }

    /// A value reached through an object key: the path exists and the value is written directly at it.
    private mutating func visitMember(path: String, value: JSONValue, document: UInt32, depth: Int) {
        guard depth < Self.maxNesting else { return }
        let slot = slot(for: path)
        if slot >= 0 { accumulators[slot].markExists(document) }
        switch value {
        case .null:
            if slot >= 0 { accumulators[slot].markNull(document) }
        case .string(let text):
            if slot >= 0 {
                if text.isEmpty { accumulators[slot].markEmpty(document) }
                accumulators[slot].addString(text, document: document)
            }
        case .array(let items):
            if items.isEmpty, slot >= 0 { accumulators[slot].markEmpty(document) }
            for item in items { visitElement(path: path, slot: slot, value: item, document: document, depth: depth + 1) }
        case .object(let members):
            if members.isEmpty, slot >= 0 { accumulators[slot].markEmpty(document) }
            for (key, member) in members {
                visitMember(path: path + "." + key, value: member, document: document, depth: depth + 1)
            }
        default:
            if slot >= 0 { addScalar(value, slot: slot, document: document) }
        }
    }

    /// An array element: scalars are values of the array's path, objects open nested paths.
    private mutating func visitElement(path: String, slot: Int, value: JSONValue, document: UInt32, depth: Int) {
        guard depth < Self.maxNesting else { return }
        switch value {
        case .null: break
        case .array(let items):
            for item in items { visitElement(path: path, slot: slot, value: item, document: document, depth: depth + 1) }
        case .object(let members):
            for (key, member) in members {
                visitMember(path: path + "." + key, value: member, document: document, depth: depth + 1)
            }
        default:
            if slot >= 0 { addScalar(value, slot: slot, document: document) }
        }
    }

    private mutating func addScalar(_ value: JSONValue, slot: Int, document: UInt32) {
        switch value {
        case .string(let text): accumulators[slot].addString(text, document: document)
        case .number(let number): accumulators[slot].addNumber(number.doubleValue, document: document)
        case .bool(let flag): accumulators[slot].addString(flag ? "true" : "false", document: document)
        default: break
        }
    }
}
