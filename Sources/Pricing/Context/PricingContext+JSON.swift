import LoupeJSON

extension PricingContext {
    /// Builds a context from Medusa's context object (§2.1–2.2).
    ///
    /// `currency_code` and `quantity` are taken out first (see ``PricingContext`` for their
    /// rules). Everything else is flattened by ``ContextFlattener``: nested objects become dotted
    /// keys, arrays of objects are projected per property (`customer.groups[].id` →
    /// `customer.groups.id: [..]`), nulls are dropped, a one-element array of scalars at the top
    /// level is unwrapped. Numbers must fit 38 digits; nesting deeper than
    /// `PricingLimits.maxContextDepth` is rejected. Errors name the dotted field.
    public init(json: JSONValue) throws(PricingError) {
        guard let object = json.objectValue else {
            throw .malformedContextValue(field: "(context)", reason: "expected a JSON object")
        }
        var currency: String?
        if let value = object["currency_code"] {
            switch value {
            case .null: currency = nil
            case let .string(s): currency = s
            default: throw .malformedContextValue(field: "currency_code", reason: "expected a string")
            }
        }
        guard let currency, !currency.isEmpty else { throw .missingCurrencyCode }
        var quantity: Int64?
        if let value = object["quantity"], !value.isNull {
            guard let number = value.numberValue else {
                throw .invalidQuantity(field: "quantity", reason: "expected a number")
            }
            guard let q = number.int64Value else {
                if let d = ExactDecimal(parsing: number.literal), !d.isInteger {
                    throw .invalidQuantity(field: "quantity", reason: "must be a whole number (got \(number.literal))")
                }
                throw .invalidQuantity(field: "quantity", reason: "out of range (got \(number.literal))")
            }
            quantity = q
        }
        var flattener = ContextFlattener()
        for (key, value) in object where key != "currency_code" && key != "quantity" {
            try flattener.add(path: [key], value: value, depth: 1)
        }
        try self.init(currencyCode: currency, quantity: quantity, attributes: flattener.attributes)
    }
}

/// Medusa's `flattenObjectToKeyValuePairs` (v2.18) for pricing contexts: dotted keys, arrays of
/// objects projected per property, later keys replacing earlier ones.
struct ContextFlattener {
    private(set) var attributes: [ContextAttribute] = []
    private var indexByKey: [String: Int] = [:]

    private mutating func set(_ key: String, _ value: ContextValue) {
        if let i = indexByKey[key] { attributes[i].value = value } else {
            indexByKey[key] = attributes.count
            attributes.append(ContextAttribute(key: key, value: value))
        }
    }

    mutating func add(path: [String], value: JSONValue, depth: Int) throws(PricingError) {
        let key = path.joined(separator: ".")
        guard depth <= PricingLimits.maxContextDepth else {
            throw .malformedContextValue(field: key, reason: "nested deeper than \(PricingLimits.maxContextDepth) levels")
        }
        switch value {
        case .null:
            return
        case let .object(object):
            for (k, v) in object { try add(path: path + [k], value: v, depth: depth + 1) }
        case let .array(items):
            try addArray(path: path, items: items, depth: depth)
        default:
            set(key, .scalar(try Self.scalar(value, field: key)))
        }
    }

    /// Arrays: objects inside (at any array depth) are projected per property; otherwise the
    /// scalars (nested arrays flattened, nulls dropped) become a list, unwrapped to a scalar when
    /// it is a single element at the top level.
    private mutating func addArray(path: [String], items: [JSONValue], depth: Int) throws(PricingError) {
        let key = path.joined(separator: ".")
        var objects: [JSONObject] = []
        var scalars: [ContextScalar] = []
        try Self.collect(items, objects: &objects, scalars: &scalars, field: key, depth: depth)
        if !objects.isEmpty {
            try project(path: path, objects: objects, depth: depth)
            return
        }
        if scalars.count == 1 && path.count == 1 {
            set(key, .scalar(scalars[0]))
        } else {
            set(key, .list(scalars))
        }
    }

    /// Projects each property of `objects` to `path.property`, collecting values across objects.
    private mutating func project(path: [String], objects: [JSONObject], depth: Int) throws(PricingError) {
        var keys: [String] = []
        var seen: Set<String> = []
        for object in objects { for (k, _) in object where seen.insert(k).inserted { keys.append(k) } }
        for k in keys {
            let values = objects.compactMap { $0[k] }.filter { !$0.isNull }
            guard !values.isEmpty else { continue }
            let childPath = path + [k]
            if values.allSatisfy({ $0.objectValue != nil }) {
                try project(path: childPath, objects: values.compactMap(\.objectValue), depth: depth + 1)
            } else {
                // Scalars and arrays together form one list (never unwrapped: the key is dotted).
                try addArray(path: childPath, items: values, depth: depth + 1)
            }
        }
    }

    private static func collect(_ items: [JSONValue], objects: inout [JSONObject], scalars: inout [ContextScalar],
                                field: String, depth: Int) throws(PricingError) {
        guard depth <= PricingLimits.maxContextDepth else {
            throw .malformedContextValue(field: field, reason: "nested deeper than \(PricingLimits.maxContextDepth) levels")
        }
        for item in items {
            switch item {
            case .null: continue
            case let .object(o): objects.append(o)
            case let .array(inner): try collect(inner, objects: &objects, scalars: &scalars, field: field, depth: depth + 1)
            default: scalars.append(try scalar(item, field: field))
            }
        }
    }

    private static func scalar(_ value: JSONValue, field: String) throws(PricingError) -> ContextScalar {
        switch value {
        case let .string(s): return .string(s)
        case let .bool(b): return .bool(b)
        case let .number(n):
            guard let d = ExactDecimal(parsing: n.literal) else {
                throw .malformedContextValue(field: field, reason: "number \(n.literal) is outside 38 exact digits")
            }
            return .number(d)
        default:
            throw .malformedContextValue(field: field, reason: "unsupported value")
        }
    }
}
