import LoupeJSON

extension CartPricing {
    /// The priced cart as JSON (snake_case keys). Exact amounts (`subtotal`, `unit_price`,
    /// `total`, band and hint amounts) are decimal strings with their scale kept (`"12.50"`);
    /// presented amounts (`presented_*`, rounded to the currency's minor unit) are JSON numbers
    /// written from the same decimal text, so neither passes through `Double`.
    ///
    /// `{currency_code, is_complete, subtotal, compare_at_subtotal, presented_subtotal,
    /// presented_compare_at_subtotal, lines: [{index, variant_id, quantity, status, unit_price,
    /// compare_at_unit_price, total, presented_total, is_tax_inclusive, tier_quantity,
    /// tier_aggregation, tier_pricing, price_list_id, price_list_type, bands, quantity_violations,
    /// next_tier}]}`; absent values are `null`.
    public func toJSON() -> JSONObject {
        JSONObject([
            ("currency_code", .string(currencyCode)),
            ("is_complete", .bool(isComplete)),
            ("subtotal", subtotal.jsonText),
            ("compare_at_subtotal", compareAtSubtotal.jsonText),
            ("presented_subtotal", presentedSubtotal.jsonExact),
            ("presented_compare_at_subtotal", presentedCompareAtSubtotal.jsonExact),
            ("lines", .array(lines.map { .object($0.toJSON()) })),
        ])
    }
}

extension PricedCartLine {
    /// One line of ``CartPricing/toJSON()``.
    public func toJSON() -> JSONObject {
        JSONObject([
            ("index", .number(JSONNumber(index))),
            ("variant_id", .string(variantId)),
            ("quantity", .number(JSONNumber(quantity))),
            ("status", .string(status.rawValue)),
            ("unit_price", unitPrice.map(\.jsonText) ?? .null),
            ("compare_at_unit_price", compareAtUnitPrice.map(\.jsonText) ?? .null),
            ("total", total.map(\.jsonText) ?? .null),
            ("presented_total", presentedTotal.map(\.jsonExact) ?? .null),
            ("is_tax_inclusive", .bool(isTaxInclusive)),
            ("tier_quantity", .number(JSONNumber(tierQuantity))),
            ("tier_aggregation", .string(tierAggregation.rawValue)),
            ("tier_pricing", .string(tierPricing.rawValue)),
            ("price_list_id", price?.calculated.priceListId.map(JSONValue.string) ?? .null),
            ("price_list_type", price?.calculated.priceListType.map { .string($0.rawValue) } ?? .null),
            ("bands", .array(bands.map { .object($0.toJSON()) })),
            ("quantity_violations", .array(quantityViolations.map { .object($0.toJSON()) })),
            ("next_tier", nextTier.map { .object($0.toJSON()) } ?? .null),
        ])
    }
}

extension GraduatedBand {
    /// `{from_unit, to_unit, units, unit_amount, price_id}` (`unit_amount` exact, as a string).
    public func toJSON() -> JSONObject {
        JSONObject([
            ("from_unit", .number(JSONNumber(fromUnit))),
            ("to_unit", .number(JSONNumber(toUnit))),
            ("units", .number(JSONNumber(units))),
            ("unit_amount", unitAmount.jsonText),
            ("price_id", .string(priceId)),
        ])
    }
}

extension QuantityViolation {
    /// `{code, minimum|maximum|increment, quantity, message}`.
    public func toJSON() -> JSONObject {
        let limit: (key: String, value: Int64), quantity: Int64
        switch self {
        case let .belowMinimum(minimum, q): (limit, quantity) = (("minimum", minimum), q)
        case let .aboveMaximum(maximum, q): (limit, quantity) = (("maximum", maximum), q)
        case let .notAMultipleOfIncrement(increment, q): (limit, quantity) = (("increment", increment), q)
        }
        return JSONObject([
            ("code", .string(code)),
            (limit.key, .number(JSONNumber(limit.value))),
            ("quantity", .number(JSONNumber(quantity))),
            ("message", .string(description)),
        ])
    }
}
