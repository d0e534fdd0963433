import Indexer
import LoupeJSON
import Pricing

/// Prices search hits from the price book in one context: a product's price is its cheapest
/// priced variant (what a listing shows as "from"), with Medusa's field names:
/// `{"variant_id", "currency_code", "calculated_amount", "original_amount",
/// "is_calculated_price_price_list", "calculated_price_list_type", "is_calculated_price_tax_inclusive",
/// "is_original_price_tax_inclusive", "raw_calculated_amount", "raw_original_amount"}`.
/// The `raw_*` members carry the exact decimal text; the numbers are Medusa's wire numbers.
struct BookHitPricer: HitPricer {
    let book: PriceBook
    let context: PricingContext
    let keyAttribute: String
    let cacheKey: String
    /// One instant for the whole search, so every hit sees the same price-list windows.
    let now: PricingInstant

    /// Cached `_price` columns are reused while the book, the context and the minute stay the same
    /// (price-list windows are checked at minute resolution for them).
    init(book: PriceBookStore.Versioned, context: PricingContext, keyAttribute: String, now: PricingInstant = .now()) {
        self.book = book.book
        self.context = context
        self.keyAttribute = keyAttribute
        let minute = now.millisecondsSinceEpoch / 60_000
        self.now = PricingInstant(millisecondsSinceEpoch: minute * 60_000)
        cacheKey = "\(book.version)|\(minute)|\(keyAttribute)|\(context)"
    }

    func price(forKeys keys: [String]) -> JSONValue? {
        guard let (variant, price) = cheapest(keys) else { return nil }
        return .object(JSONObject([
            ("variant_id", .string(variant)),
            ("currency_code", .string(context.currencyCode)),
            ("calculated_amount", Self.number(price.calculatedAmount)),
            ("original_amount", price.originalAmount.map(Self.number) ?? .null),
            ("is_calculated_price_price_list", .bool(price.isCalculatedPricePriceList)),
            ("calculated_price_list_type", price.calculatedPriceListType.map { .string($0.rawValue) } ?? .null),
            ("is_calculated_price_tax_inclusive", .bool(price.isCalculatedPriceTaxInclusive)),
            ("is_original_price_tax_inclusive", .bool(price.isOriginalPriceTaxInclusive)),
            ("raw_calculated_amount", .string(price.calculatedAmount.description)),
            ("raw_original_amount", price.originalAmount.map { .string($0.description) } ?? .null),
        ]))
    }

    func amount(forKeys keys: [String]) -> Double? {
        cheapest(keys).flatMap { Double($0.price.calculatedAmount.wireNumberText) }
    }

    /// The variant with the lowest calculated amount (the first of equals), with its price.
    private func cheapest(_ keys: [String]) -> (variant: String, price: ResolvedPrice)? {
        guard !keys.isEmpty else { return nil }
        let resolved = book.resolveBatch(variantIds: keys, context: context, at: now)
        var cheapest: (variant: String, price: ResolvedPrice)?
        for (variant, price) in zip(keys, resolved) {
            guard let price else { continue }
            if let best = cheapest, !(price.calculatedAmount < best.price.calculatedAmount) { continue }
            cheapest = (variant, price)
        }
        return cheapest
    }

    private static func number(_ amount: ExactDecimal) -> JSONValue {
        .number(JSONNumber(literal: amount.wireNumberText) ?? JSONNumber(0))
    }
}
