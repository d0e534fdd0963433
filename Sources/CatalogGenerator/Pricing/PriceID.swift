/// Ids of generated price rows and price lists, derived from what they price so that they are
/// unique and readable: `price_p0000042_1_eur` (base), `price_p0000042_1_eur_q10` (tier from 10),
/// `price_p0000042_1_reg_uk` (region), `price_l00007_p0000042_1` (list 7), list `plist_00007`.
enum PriceID {
    case base(product: Int, variant: Int, currency: String)
    case tier(product: Int, variant: Int, currency: String, minQuantity: Int)
    case region(product: Int, variant: Int, region: String)
    case list(list: Int, product: Int, variant: Int)

    static let listDigits = 5

    func append(to row: inout RowEncoder) {
        switch self {
        case .base(let product, let variant, let currency):
            CatalogIDs.appendVariantScoped("price_", product: product, variant: variant, to: &row)
            row.rawByte(UInt8(ascii: "_"))
            row.raw(plain: currency)
        case .tier(let product, let variant, let currency, let minQuantity):
            CatalogIDs.appendVariantScoped("price_", product: product, variant: variant, to: &row)
            row.rawByte(UInt8(ascii: "_"))
            row.raw(plain: currency)
            row.raw("_q")
            row.rawInt(minQuantity)
        case .region(let product, let variant, let region):
            CatalogIDs.appendVariantScoped("price_", product: product, variant: variant, to: &row)
            row.rawByte(UInt8(ascii: "_"))
            row.raw(plain: region)
        case .list(let list, let product, let variant):
            row.raw("price_l")
            row.rawInt(list, width: PriceID.listDigits)
            row.rawByte(UInt8(ascii: "_"))
            CatalogIDs.appendProduct(product, to: &row)
            row.rawByte(UInt8(ascii: "_"))
            row.rawInt(variant)
        }
    }

    static func appendList(_ list: Int, to row: inout RowEncoder) {
        row.raw("plist_")
        row.rawInt(list, width: listDigits)
    }
}
