import LoupeJSON
import Pricing

/// Turns one vector of `pricing-vectors.json` (§3 format: rules inline) into table rows, the way
/// the Postgres tables would hold them: inline price rules become `price_rule` rows and a list's
/// `rules` object becomes one `price_list_rule` row per attribute.
enum VectorBook {
    static func rows(_ vector: JSONValue) throws -> PriceBookRows {
        var rows = PriceBookRows()
        for id in vector["price_sets"]?.arrayValue ?? [] {
            try rows.append(table: "price_set", row: .object(JSONObject([("id", id)])), position: "price_sets")
        }
        for (i, list) in (vector["price_lists"]?.arrayValue ?? []).enumerated() {
            try rows.append(table: "price_list", row: list, position: "price_lists[\(i)]")
            guard let listId = list["id"]?.stringValue, let rules = list["rules"]?.objectValue else { continue }
            for (attribute, values) in rules {
                try rows.append(table: "price_list_rule", row: .object(JSONObject([
                    ("price_list_id", .string(listId)), ("attribute", .string(attribute)), ("value", values),
                ])), position: "price_lists[\(i)].rules.\(attribute)")
            }
        }
        for (i, price) in (vector["prices"]?.arrayValue ?? []).enumerated() {
            try rows.append(table: "price", row: price, position: "prices[\(i)]")
            guard let priceId = price["id"]?.stringValue else { continue }
            for (k, rule) in (price["rules"]?.arrayValue ?? []).enumerated() {
                guard var object = rule.objectValue else { continue }
                object["price_id"] = .string(priceId)
                try rows.append(table: "price_rule", row: .object(object), position: "prices[\(i)].rules[\(k)]")
            }
        }
        for (i, preference) in (vector["price_preferences"]?.arrayValue ?? []).enumerated() {
            try rows.append(table: "price_preference", row: preference, position: "price_preferences[\(i)]")
        }
        return rows
    }
}
