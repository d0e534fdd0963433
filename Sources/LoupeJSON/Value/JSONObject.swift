/// An ordered JSON object: members keep insertion (document) order and keys are unique.
///
/// Lookup is a linear scan over the keys, which beats hashing for the small objects JSON
/// documents are made of. Setting an existing key keeps its position, setting a new key appends,
/// setting nil removes. Building from pairs that repeat a key keeps the first position and the
/// last value (serde_json's rule for duplicate keys).
///
/// Equality ignores member order: two objects are equal when they have the same keys with equal
/// values. The hash is order-independent to match.
public struct JSONObject: Sendable {
    /// Member keys in order; `values[i]` belongs to `keys[i]`.
    public private(set) var keys: [String]
    /// Member values in key order.
    public private(set) var values: [JSONValue]

    /// An empty object.
    public init() {
        keys = []
        values = []
    }

    /// An object with `pairs` in order; a repeated key keeps its first position and last value.
    public init(_ pairs: [(key: String, value: JSONValue)]) {
        self.init()
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for pair in pairs { self[pair.key] = pair.value }
    }

    /// Takes parallel key/value arrays; repeated keys are merged by the same rule as `init(_:)`.
    init(keys: [String], values: [JSONValue]) {
        self.keys = keys
        self.values = values
        mergeDuplicateKeys()
    }

    /// Number of members.
    public var count: Int { keys.count }

    /// True when the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// Position of `key` among the members, or nil.
    public func index(forKey key: String) -> Int? {
        keys.firstIndex(of: key)
    }

    /// The value for `key`; assigning nil removes the member, assigning to an existing key keeps
    /// its position, assigning to a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let i = index(forKey: key) else { return nil }
            return values[i]
        }
        set {
            if let i = index(forKey: key) {
                if let newValue {
                    values[i] = newValue
                } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Removes the member named `key` and returns its value, or nil if there was none.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let i = index(forKey: key) else { return nil }
        keys.remove(at: i)
        return values.remove(at: i)
    }

    /// Collapses repeated keys: first position, last value.
    private mutating func mergeDuplicateKeys() {
        guard keys.count > 1 else { return }
        if keys.count <= 16 {
            guard hasDuplicateKeysBySmallScan() else { return }
        }
        var firstIndex: [String: Int] = [:]
        firstIndex.reserveCapacity(keys.count)
        var mergedKeys: [String] = []
        var mergedValues: [JSONValue] = []
        for (key, value) in zip(keys, values) {
            if let i = firstIndex[key] {
                mergedValues[i] = value
            } else {
                firstIndex[key] = mergedKeys.count
                mergedKeys.append(key)
                mergedValues.append(value)
            }
        }
        guard mergedKeys.count != keys.count else { return }
        keys = mergedKeys
        values = mergedValues
    }

    private func hasDuplicateKeysBySmallScan() -> Bool {
        for i in 1..<keys.count {
            let length = keys[i].utf8.count
            for j in 0..<i where keys[j].utf8.count == length && keys[i] == keys[j] { return true }
        }
        return false
    }
}

extension JSONObject: Sequence {
    /// Iterates members in order as `(key:, value:)` pairs.
    public struct Iterator: IteratorProtocol {
        private let object: JSONObject
        private var position = 0

        init(_ object: JSONObject) { self.object = object }

        public mutating func next() -> (key: String, value: JSONValue)? {
            guard position < object.keys.count else { return nil }
            defer { position += 1 }
            return (key: object.keys[position], value: object.values[position])
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    public var underestimatedCount: Int { keys.count }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.keys.count == rhs.keys.count else { return false }
        if lhs.keys == rhs.keys { return lhs.values == rhs.values }
        for (key, value) in lhs {
            guard let other = rhs[key], other == value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        var memberHashes = 0
        for (key, value) in self {
            var memberHasher = Hasher()
            memberHasher.combine(key)
            memberHasher.combine(value)
            memberHashes &+= memberHasher.finalize()
        }
        hasher.combine(keys.count)
        hasher.combine(memberHashes)
    }
}
