import LoupeJSON

extension ExactDecimal {
    /// The exact value as a JSON number literal (scale kept: `12.50`).
    var jsonExact: JSONValue { .number(JSONNumber(literal: description) ?? JSONNumber(0)) }
    /// The exact value as a JSON string (`"12.50"`, scale kept): Loupe's own exact fields.
    var jsonText: JSONValue { .string(description) }
    /// Medusa's float field (see ``wireNumberText``).
    var jsonWire: JSONValue { .number(JSONNumber(literal: wireNumberText) ?? JSONNumber(0)) }
    /// Medusa's `raw_*` BigNumber object.
    func jsonRaw(precision: Int) -> JSONValue {
        .object(JSONObject([("value", .string(description)), ("precision", .number(JSONNumber(precision)))]))
    }
}

extension CalculatedPriceSet {
    /// Medusa's `CalculatedPriceSet` JSON (§2.9), fields and order as Medusa returns them:
    /// `calculated_amount`/`original_amount` are numbers (≤ 15 significant digits, see
    /// ``ExactDecimal/wireNumberText``), `raw_*` hold the exact decimal text, and an absent
    /// original gives `original_amount: null`, `raw_original_amount: null`, false flags and an
    /// `original_price` whose fields are all null.
    public func toJSON() -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("id", .string(id)),
            ("is_calculated_price_price_list", .bool(isCalculatedPricePriceList)),
            ("is_calculated_price_tax_inclusive", .bool(isCalculatedPriceTaxInclusive)),
            ("calculated_amount", calculated.amount.jsonWire),
            ("raw_calculated_amount", calculated.amount.jsonRaw(precision: calculated.rawPrecision)),
            ("is_original_price_price_list", .bool(isOriginalPricePriceList)),
            ("is_original_price_tax_inclusive", .bool(isOriginalPriceTaxInclusive)),
            ("original_amount", original.map(\.amount.jsonWire) ?? .null),
            ("raw_original_amount", original.map { $0.amount.jsonRaw(precision: $0.rawPrecision) } ?? .null),
            ("currency_code", .string(currencyCode)),
        ]
        pairs.append(("calculated_price", ChosenPrice.json(calculated)))
        pairs.append(("original_price", ChosenPrice.json(original)))
        return .object(JSONObject(pairs))
    }
}

extension ChosenPrice {
    /// `{id, price_list_id, price_list_type, min_quantity, max_quantity}`; all null for nil.
    static func json(_ price: ChosenPrice?) -> JSONValue {
        func optionalString(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        return .object(JSONObject([
            ("id", optionalString(price?.id)),
            ("price_list_id", optionalString(price?.priceListId)),
            ("price_list_type", optionalString(price?.priceListType?.rawValue)),
            ("min_quantity", price?.minQuantity.map(\.jsonWire) ?? .null),
            ("max_quantity", price?.maxQuantity.map(\.jsonWire) ?? .null),
        ]))
    }
}

extension PriceResolution {
    /// `{"price_sets": [CalculatedPriceSet…], "missing_ids": […], "unpriced_ids": […]}`.
    public func toJSON() -> JSONValue {
        .object(JSONObject([
            ("price_sets", .array(priceSets.map { $0.toJSON() })),
            ("missing_ids", .array(missingIds.map(JSONValue.string))),
            ("unpriced_ids", .array(unpricedIds.map(JSONValue.string))),
        ]))
    }
}
