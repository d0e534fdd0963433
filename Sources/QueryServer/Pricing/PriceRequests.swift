import LoupeJSON
import Pricing

/// `POST /prices/calculate` body: `{"price_set_ids": [...]}` or `{"variant_ids": [...]}` (exactly one),
/// `"context"` (Medusa's pricing context object, `currency_code` required) and `"explain"` (bool).
struct PriceCalculationRequest {
    enum Target { case priceSets([String]), variants([String]) }

    static let fields = ["price_set_ids", "variant_ids", "context", "explain"]
    /// Most ids priced in one request.
    static let maxIds = 10_000

    let target: Target
    let context: PricingContext
    let explain: Bool

    init(json: JSONValue) throws(APIError) {
        let body = try json.requireObject()
        try PricingBody.rejectUnknown(body, expected: Self.fields)
        let setIds = try PricingBody.strings(body, "price_set_ids", limit: Self.maxIds)
        let variantIds = try PricingBody.strings(body, "variant_ids", limit: Self.maxIds)
        switch (setIds, variantIds) {
        case let (ids?, nil): target = .priceSets(ids)
        case let (nil, ids?): target = .variants(ids)
        default:
            throw APIError(code: "invalid_pricing_request", message: "Give exactly one of `price_set_ids` and `variant_ids`.")
        }
        context = try PricingBody.context(body)
        explain = try PricingBody.bool(body, "explain") ?? false
    }
}

/// `POST /carts/price` body: `"lines": [{"variant_id", "quantity"}]`, `"context"` and `"tier_hints"` (bool).
struct CartPriceRequest {
    static let fields = ["lines", "context", "tier_hints"]

    let lines: [CartLine]
    let context: PricingContext
    let options: CartPricingOptions

    init(json: JSONValue) throws(APIError) {
        let body = try json.requireObject()
        try PricingBody.rejectUnknown(body, expected: Self.fields)
        guard let linesValue = body["lines"] else { throw APIError(code: "invalid_cart_lines", message: "Missing field `lines`.") }
        guard let items = linesValue.arrayValue else {
            throw APIError(code: "invalid_cart_lines", message: "Invalid value type at `.lines`: expected an array, but found \(linesValue.kindName).")
        }
        guard items.count <= PricingLimits.maxCartLines else { throw APIError(PricingError.tooManyCartLines(count: items.count, limit: PricingLimits.maxCartLines)) }
        var lines: [CartLine] = []
        lines.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            lines.append(try Self.line(item, at: position))
        }
        self.lines = lines
        context = try PricingBody.context(body)
        options = CartPricingOptions(includeTierHints: try PricingBody.bool(body, "tier_hints") ?? false)
    }

    private static func line(_ item: JSONValue, at position: Int) throws(APIError) -> CartLine {
        let path = ".lines[\(position)]"
        guard let object = item.objectValue else {
            throw APIError(code: "invalid_cart_lines", message: "Invalid value type at `\(path)`: expected an object, but found \(item.kindName).")
        }
        for key in object.keys where key != "variant_id" && key != "quantity" {
            throw APIError(code: "invalid_cart_lines", message: "Unknown field `\(key)` inside `\(path)`: expected one of `variant_id`, `quantity`.")
        }
        guard case .string(let variantId)? = object["variant_id"], !variantId.isEmpty else {
            throw APIError(code: "invalid_cart_lines", message: "`\(path).variant_id` must be a non-empty string.")
        }
        guard let quantity = object["quantity"]?.numberValue?.int64Value, quantity >= 1, quantity <= PricingLimits.maxQuantity else {
            throw APIError(code: "invalid_cart_lines", message: "`\(path).quantity` must be a whole number from 1 to \(PricingLimits.maxQuantity).")
        }
        return CartLine(variantId: variantId, quantity: quantity)
    }
}

/// Field readers shared by the pricing request bodies, with errors naming the field.
enum PricingBody {
    static func rejectUnknown(_ body: JSONObject, expected: [String]) throws(APIError) {
        for key in body.keys where !expected.contains(key) { throw APIError.unknownField(key, expected: expected) }
    }

    /// A list of non-empty strings, or nil when absent.
    static func strings(_ body: JSONObject, _ key: String, limit: Int) throws(APIError) -> [String]? {
        guard let value = body[key], !value.isNull else { return nil }
        guard let items = value.arrayValue else {
            throw APIError(code: "invalid_pricing_request", message: "Invalid value type at `.\(key)`: expected an array of strings, but found \(value.kindName).")
        }
        guard items.count <= limit else {
            throw APIError(code: "invalid_pricing_request", message: "`.\(key)` holds \(items.count) ids; at most \(limit) are accepted per request.")
        }
        var strings: [String] = []
        strings.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            guard case .string(let text) = item, !text.isEmpty else {
                throw APIError(code: "invalid_pricing_request", message: "`.\(key)[\(position)]` must be a non-empty string.")
            }
            strings.append(text)
        }
        return strings
    }

    static func bool(_ body: JSONObject, _ key: String) throws(APIError) -> Bool? {
        guard let value = body[key], !value.isNull else { return nil }
        guard case .bool(let flag) = value else {
            throw APIError(code: "invalid_pricing_request", message: "Invalid value type at `.\(key)`: expected a boolean, but found \(value.kindName).")
        }
        return flag
    }

    /// The `context` member as a pricing context (400 `invalid_pricing_context` when absent or invalid).
    static func context(_ body: JSONObject) throws(APIError) -> PricingContext {
        guard let value = body["context"] else {
            throw APIError(code: "invalid_pricing_context", message: "Missing field `context` (Medusa's pricing context, with `currency_code`).")
        }
        return try pricing { () throws(PricingError) in try PricingContext(json: value) }
    }
}
