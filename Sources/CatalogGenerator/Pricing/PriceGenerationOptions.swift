/// What `PriceTablesGenerator` writes besides one base price per variant and currency: quantity
/// tiers, region prices, customer groups and price lists, and the clock their windows are set around.
///
/// Rows grow with the catalog: about `variants × (currencies + tiered share × currencies ×
/// (tiers − 1) + region share)` base rows plus `priceListCount × pricesPerList` list rows
/// (capped at one price per product and list). `.benchmark` reaches 1M prices, 10k price lists
/// and 50 customer groups from about 100k products. Out-of-range values are reported by
/// `validate()` as `CatalogGenerationError.invalidPriceOption` naming the field.
public struct PriceGenerationOptions: Sendable, Hashable {
    /// Every variant gets a base price in each of these; the first is the most common list currency.
    public var currencies: [PriceCurrency]
    public var regions: [PriceRegion]
    /// Share of variants, in percent, whose base prices come in quantity tiers.
    public var tieredVariantPercent: Int
    public var quantityTiers: [QuantityTier]
    /// Share of variants, in percent, with an extra price scoped to one region.
    public var regionPricePercent: Int
    /// Customer groups `cusgroup_…` written and named by price-list rules (1...50).
    public var customerGroupCount: Int
    public var priceListCount: Int
    /// List prices per price list; each list prices distinct products.
    public var pricesPerList: Int
    /// The instant price-list windows are placed around (Unix seconds): some lists ended before
    /// it, some start after it, some are open. Default 2025-06-15T12:00:00Z, the reference
    /// vectors' `now`.
    public var referenceTime: Int

    public init(
        currencies: [PriceCurrency] = [.eur, .usd, .gbp, .jpy, .kwd],
        regions: [PriceRegion] = PriceRegion.defaults,
        tieredVariantPercent: Int = 25,
        quantityTiers: [QuantityTier] = QuantityTier.defaults,
        regionPricePercent: Int = 20,
        customerGroupCount: Int = 8,
        priceListCount: Int = 40,
        pricesPerList: Int = 200,
        referenceTime: Int = 1_749_988_800
    ) {
        self.currencies = currencies
        self.regions = regions
        self.tieredVariantPercent = tieredVariantPercent
        self.quantityTiers = quantityTiers
        self.regionPricePercent = regionPricePercent
        self.customerGroupCount = customerGroupCount
        self.priceListCount = priceListCount
        self.pricesPerList = pricesPerList
        self.referenceTime = referenceTime
    }

    /// The benchmark's scale: 10,000 price lists over 50 customer groups, four currencies.
    public static let benchmark = PriceGenerationOptions(
        currencies: [.eur, .usd, .gbp, .jpy],
        regions: PriceRegion.defaults.filter { $0.currencyCode != "kwd" },
        tieredVariantPercent: 10,
        regionPricePercent: 10,
        customerGroupCount: 50,
        priceListCount: 10_000,
        pricesPerList: 25
    )

    public static let maximumCustomerGroups = 50
    public static let maximumPriceLists = 100_000
    public static let maximumPricesPerList = 100_000
}
