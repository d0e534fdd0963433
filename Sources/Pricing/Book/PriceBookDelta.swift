/// A change set for ``PriceBook/applying(_:)``, as the Postgres sync produces it.
///
/// - `priceSets`: each entry replaces *all* prices (and their rules) of one price set; an entry
///   with no prices leaves the set known but unpriced. New ids are added.
/// - `removedPriceSetIds`: sets that no longer exist (resolution then lists them as missing).
/// - `priceLists` / `priceListRules`: lists added or replaced by id; the rules given replace all
///   rules of the lists in `priceLists` (a list row must accompany its rules).
/// - `variantPriceSets`, `productVariants`: link rows to add, replace or (deleted) remove.
/// - `pricePreferences`: when non-nil, the complete new set of preference rows.
public struct PriceBookDelta: Sendable {
    public var priceSets: [PriceSetReplacement] = []
    public var removedPriceSetIds: [String] = []
    public var priceLists: [PriceListRow] = []
    public var priceListRules: [PriceListRuleRow] = []
    public var variantPriceSets: [VariantPriceSetRow] = []
    public var productVariants: [ProductVariantRow] = []
    public var pricePreferences: [PricePreferenceRow]?

    public init() {}
}

/// The complete new contents of one price set.
public struct PriceSetReplacement: Sendable {
    public var priceSetId: String
    public var prices: [PriceRow]
    public var rules: [PriceRuleRow]

    public init(priceSetId: String, prices: [PriceRow], rules: [PriceRuleRow] = []) {
        self.priceSetId = priceSetId
        self.prices = prices
        self.rules = rules
    }
}
