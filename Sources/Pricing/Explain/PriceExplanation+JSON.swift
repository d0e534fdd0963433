import LoupeJSON

extension PriceExplanation {
    /// `{price_set_id, currency_code, result, candidates}`: `result` is the resolver's
    /// ``CalculatedPriceSet/toJSON()`` (null when nothing is eligible); each candidate is
    /// `{price_id, price_list_id, currency_code, amount, outcome}` with the exact `amount` as a string.
    public func toJSON() -> JSONObject {
        JSONObject([
            ("price_set_id", .string(priceSetId)),
            ("currency_code", .string(currencyCode)),
            ("result", result?.toJSON() ?? .null),
            ("candidates", .array(candidates.map { .object($0.toJSON()) })),
        ])
    }
}

extension CandidateVerdict {
    /// One candidate of ``PriceExplanation/toJSON()``.
    public func toJSON() -> JSONObject {
        JSONObject([
            ("price_id", .string(priceId)),
            ("price_list_id", priceListId.map(JSONValue.string) ?? .null),
            ("currency_code", .string(currencyCode)),
            ("amount", amount.jsonText),
            ("outcome", .object(outcome.toJSON())),
        ])
    }
}

extension CandidateOutcome {
    /// `{"kind": "calculated", "also_original": …}`, `{"kind": "original"}`,
    /// `{"kind": "rejected", "reason": …, …details}`, `{"kind": "outranked", "winner": …, "reason": …}`
    /// or `{"kind": "sale_not_cheaper", "base_price_id": …}`.
    public func toJSON() -> JSONObject {
        switch self {
        case let .calculated(alsoOriginal):
            return JSONObject([("kind", "calculated"), ("also_original", .bool(alsoOriginal))])
        case .original:
            return JSONObject([("kind", "original")])
        case let .rejected(rejection):
            return JSONObject([("kind", "rejected")] + rejection.jsonPairs)
        case let .outranked(winner, reason):
            return JSONObject([("kind", "outranked"), ("winner", .string(winner)), ("reason", .string(reason.rawValue))])
        case let .saleNotCheaper(basePriceId):
            return JSONObject([("kind", "sale_not_cheaper"), ("base_price_id", .string(basePriceId))])
        }
    }
}

extension CandidateRejection {
    /// Stable machine code of the rejection (`currency`, `quantity_window`, `price_rule_mismatch`, …).
    public var code: String {
        switch self {
        case .currency: return "currency"
        case .quantityWindow: return "quantity_window"
        case .priceRuleAttributeMissing: return "price_rule_attribute_missing"
        case .priceRuleMismatch: return "price_rule_mismatch"
        case .priceRuleValueNotNumeric: return "price_rule_value_not_numeric"
        case .listDeleted: return "list_deleted"
        case .listDraft: return "list_draft"
        case .listRulesCountNull: return "list_rules_count_null"
        case .listNotStarted: return "list_not_started"
        case .listExpired: return "list_expired"
        case .listRuleAttributeMissing: return "list_rule_attribute_missing"
        case .listRuleMismatch: return "list_rule_mismatch"
        }
    }

    /// `reason` (the ``code``) followed by the rejection's details.
    var jsonPairs: [(key: String, value: JSONValue)] {
        var pairs: [(key: String, value: JSONValue)] = [("reason", .string(code))]
        switch self {
        case let .currency(priceCurrency):
            pairs.append(("price_currency", .string(priceCurrency)))
        case let .quantityWindow(quantity):
            pairs.append(("quantity", quantity.map { .number(JSONNumber($0)) } ?? .null))
        case let .priceRuleAttributeMissing(attribute), let .listRuleAttributeMissing(attribute),
             let .listRuleMismatch(attribute):
            pairs.append(("attribute", .string(attribute)))
        case let .priceRuleMismatch(attribute, op, value), let .priceRuleValueNotNumeric(attribute, op, value):
            pairs += [("attribute", .string(attribute)), ("operator", .string(op.rawValue)), ("value", .string(value))]
        case let .listNotStarted(startsAt):
            pairs.append(("starts_at", .string(startsAt.iso8601)))
        case let .listExpired(endsAt):
            pairs.append(("ends_at", .string(endsAt.iso8601)))
        case .listDeleted, .listDraft, .listRulesCountNull:
            break
        }
        return pairs
    }
}
