import LoupeJSON

extension TierLadder {
    /// `{price_set_id, currency_code, steps: [{min_quantity, max_quantity|null, price}]}` where
    /// `price` is the step's ``CalculatedPriceSet/toJSON()``.
    public func toJSON() -> JSONObject {
        JSONObject([
            ("price_set_id", .string(priceSetId)),
            ("currency_code", .string(currencyCode)),
            ("steps", .array(steps.map { step in
                .object(JSONObject([
                    ("min_quantity", .number(JSONNumber(step.minQuantity))),
                    ("max_quantity", step.maxQuantity.map { .number(JSONNumber($0)) } ?? .null),
                    ("price", step.price.toJSON()),
                ]))
            })),
        ])
    }
}

extension TierHint {
    /// `{min_quantity, unit_amount, price_id}` (`unit_amount` exact, as a string).
    public func toJSON() -> JSONObject {
        JSONObject([
            ("min_quantity", .number(JSONNumber(minQuantity))),
            ("unit_amount", unitAmount.jsonText),
            ("price_id", .string(priceId)),
        ])
    }
}
