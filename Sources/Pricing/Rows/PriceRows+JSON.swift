import LoupeJSON

extension PriceRow {
    /// Decodes a `price` row. The exact amount is `raw_amount.value` when present (jsonb object
    /// or its text), else `amount`; quantities prefer `raw_min_quantity`/`raw_max_quantity`.
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        var amount = try r.optionalDecimal("amount")
        var precision = 20
        if let raw = try r.jsonb("raw_amount") {
            let rawReader = try RowFieldReader(raw, position: "\(position).raw_amount")
            amount = try rawReader.optionalDecimal("value") ?? amount
            if let p = raw["precision"]?.numberValue?.int64Value { precision = Int(clamping: p) }
        }
        guard let amount else { throw r.fail("amount", "missing (neither raw_amount.value nor amount)") }
        func quantity(_ name: String) throws(PricingError) -> ExactDecimal? {
            if let raw = try r.jsonb("raw_\(name)") {
                return try RowFieldReader(raw, position: "\(position).raw_\(name)").optionalDecimal("value")
            }
            return try r.optionalDecimal(name)
        }
        self.init(id: try r.string("id"), priceSetId: try r.string("price_set_id"),
                  currencyCode: try r.string("currency_code"), amount: amount, rawPrecision: precision,
                  minQuantity: try quantity("min_quantity"), maxQuantity: try quantity("max_quantity"),
                  priceListId: try r.optionalString("price_list_id"), isDeleted: r.isDeleted)
    }
}

extension PriceRuleRow {
    /// Decodes a `price_rule` row (`operator` defaults to `eq`).
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        let opText = try r.optionalString("operator") ?? "eq"
        guard let op = PriceRuleOperator(rawValue: opText) else {
            throw r.fail("operator", "'\(opText)' is not one of eq, gt, gte, lt, lte")
        }
        self.init(priceId: try r.string("price_id"), attribute: try r.string("attribute"),
                  value: try r.string("value"), operator: op, isDeleted: r.isDeleted)
    }
}

extension PriceListRow {
    /// Decodes a `price_list` row. An absent `rules_count` counts as 0 (derived from the rules);
    /// an explicit null is kept as NULL (the list never applies, §2.11 #5).
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        let statusText = try r.optionalString("status") ?? "draft"
        guard let status = PriceListStatus(rawValue: statusText) else { throw r.fail("status", "'\(statusText)' is not active or draft") }
        let typeText = try r.optionalString("type") ?? "sale"
        guard let type = PriceListType(rawValue: typeText) else { throw r.fail("type", "'\(typeText)' is not sale or override") }
        var rulesCount: Int? = 0
        if let v = r.object["rules_count"] {
            if v.isNull { rulesCount = nil } else if let n = v.numberValue?.int64Value { rulesCount = Int(clamping: n) } else {
                throw r.fail("rules_count", "expected an integer or null")
            }
        }
        self.init(id: try r.string("id"), title: try r.optionalString("title") ?? "", status: status, type: type,
                  startsAt: try r.optionalInstant("starts_at"), endsAt: try r.optionalInstant("ends_at"),
                  rulesCount: rulesCount, isDeleted: r.isDeleted)
    }
}

extension PriceListRuleRow {
    /// Decodes a `price_list_rule` row; `value` is a JSON array (or a single value, or its jsonb text).
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        let raw = try r.jsonb("value")
        let elements = raw.map { $0.arrayValue ?? [$0] } ?? []
        var values: [PriceListRuleValue] = []
        for (k, element) in elements.enumerated() {
            switch element {
            case let .string(s): values.append(.string(s))
            case let .bool(b): values.append(.bool(b))
            case let .number(n):
                guard let d = ExactDecimal(parsing: n.literal) else { throw r.fail("value[\(k)]", "number out of range") }
                values.append(.number(d))
            default: throw r.fail("value[\(k)]", "expected a string, number or boolean")
            }
        }
        self.init(priceListId: try r.string("price_list_id"), attribute: try r.string("attribute"),
                  values: values, isDeleted: r.isDeleted)
    }
}

extension PricePreferenceRow {
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        self.init(attribute: try r.string("attribute"), value: try r.optionalString("value"),
                  isTaxInclusive: try r.bool("is_tax_inclusive", default: false), isDeleted: r.isDeleted)
    }
}

extension PriceSetRow {
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        self.init(id: try r.string("id"), isDeleted: r.isDeleted)
    }
}

extension VariantPriceSetRow {
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        self.init(variantId: try r.string("variant_id"), priceSetId: try r.string("price_set_id"), isDeleted: r.isDeleted)
    }
}

extension ProductVariantRow {
    /// Decodes a `product_variant` row (`id`, `product_id`).
    public init(json: JSONValue, position: String) throws(PricingError) {
        let r = try RowFieldReader(json, position: position)
        self.init(variantId: try r.string("id"), productId: try r.string("product_id"))
    }
}
