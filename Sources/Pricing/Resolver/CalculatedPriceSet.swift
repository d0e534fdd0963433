/// The result of pricing one price set (Medusa's `CalculatedPriceSet`, §2.9), with exact
/// amounts. ``toJSON()`` writes Medusa's field names; `calculated_amount`/`original_amount` are
/// JSON numbers for compatibility and `raw_*` carry the exact decimal text.
public struct CalculatedPriceSet: Sendable, Hashable {
    /// Price set id.
    public let id: String
    /// Currency of the calculated price (lower case).
    public let currencyCode: String
    /// The price the buyer pays per unit.
    public let calculated: ChosenPrice
    /// The reference ("compare at") price: the base price, or the override price; nil when the
    /// set only has a list price (then Medusa's `original_*` fields are null/false).
    public let original: ChosenPrice?

    public var calculatedAmount: ExactDecimal { calculated.amount }
    public var originalAmount: ExactDecimal? { original?.amount }
    public var isCalculatedPricePriceList: Bool { calculated.priceListId != nil }
    public var isCalculatedPriceTaxInclusive: Bool { calculated.isTaxInclusive }
    public var isOriginalPricePriceList: Bool { original?.priceListId != nil }
    public var isOriginalPriceTaxInclusive: Bool { original?.isTaxInclusive ?? false }
}

/// One chosen price row (`calculated_price` / `original_price` of §2.9).
public struct ChosenPrice: Sendable, Hashable {
    /// `price.id`.
    public let id: String
    /// Exact amount (from `raw_amount`).
    public let amount: ExactDecimal
    /// `raw_amount.precision`.
    public let rawPrecision: Int
    public let priceListId: String?
    public let priceListType: PriceListType?
    /// The price's quantity window as Medusa echoes it (0 and NULL → nil).
    public let minQuantity: ExactDecimal?
    public let maxQuantity: ExactDecimal?
    /// §2.8 for this price.
    public let isTaxInclusive: Bool
}

/// The answer to ``PriceBook/resolve(priceSetIds:context:at:)``: priced sets in request order
/// (sets without an eligible price omitted, as in Medusa), plus the ids that were not priced.
public struct PriceResolution: Sendable, Hashable {
    public let priceSets: [CalculatedPriceSet]
    /// Requested ids the book does not know (never silently dropped).
    public let missingIds: [String]
    /// Requested ids that exist but have no eligible price for this context.
    public let unpricedIds: [String]
}

/// The compact result of ``PriceBook/resolveBatch(variantIds:context:at:)`` for one search hit:
/// amounts and flags only, no strings, so a page of hits is priced in microseconds.
public struct ResolvedPrice: Sendable, Hashable {
    public let calculatedAmount: ExactDecimal
    public let originalAmount: ExactDecimal?
    public let isCalculatedPricePriceList: Bool
    public let calculatedPriceListType: PriceListType?
    public let isCalculatedPriceTaxInclusive: Bool
    public let isOriginalPriceTaxInclusive: Bool
}
