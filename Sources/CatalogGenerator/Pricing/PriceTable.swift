/// The Medusa v2 tables the price generator writes, one NDJSON file each (`<rawValue>.ndjson`).
///
/// Column names are exactly Medusa's (see the pricing reference §1); every row carries
/// `deleted_at: null`. `customer_group` and `region` come from Medusa's customer and region
/// modules and are written so a demo can name the groups and regions the rules refer to.
public enum PriceTable: String, CaseIterable, Sendable, Hashable {
    case priceSet = "price_set"
    case price
    case priceRule = "price_rule"
    case priceList = "price_list"
    case priceListRule = "price_list_rule"
    case pricePreference = "price_preference"
    case productVariantPriceSet = "product_variant_price_set"
    case customerGroup = "customer_group"
    case region

    public var fileName: String { rawValue + ".ndjson" }
}
