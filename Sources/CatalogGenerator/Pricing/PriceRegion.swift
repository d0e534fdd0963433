/// A Medusa region that some prices are scoped to (a `price_rule` on `region_id`).
///
/// Its `currencyCode` must be one of the generated currencies; `isTaxInclusive` is written as a
/// `region_id` price preference, which Medusa consults before the currency preference.
public struct PriceRegion: Sendable, Hashable {
    /// Medusa-style id with the `reg_` prefix.
    public var id: String
    public var name: String
    public var currencyCode: String
    public var isTaxInclusive: Bool

    public init(id: String, name: String, currencyCode: String, isTaxInclusive: Bool) {
        self.id = id
        self.name = name
        self.currencyCode = currencyCode
        self.isTaxInclusive = isTaxInclusive
    }

    public static let defaults: [PriceRegion] = [
        PriceRegion(id: "reg_eu", name: "Europe", currencyCode: "eur", isTaxInclusive: true),
        PriceRegion(id: "reg_us", name: "United States", currencyCode: "usd", isTaxInclusive: false),
        PriceRegion(id: "reg_uk", name: "United Kingdom", currencyCode: "gbp", isTaxInclusive: true),
        PriceRegion(id: "reg_jp", name: "Japan", currencyCode: "jpy", isTaxInclusive: true),
        PriceRegion(id: "reg_kw", name: "Kuwait", currencyCode: "kwd", isTaxInclusive: false),
        PriceRegion(id: "reg_nordics", name: "Nordics", currencyCode: "eur", isTaxInclusive: false),
    ]
}
