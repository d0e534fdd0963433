/// `price_preference` rows by attribute: the tax-inclusive flag per region id and per
/// (lower-cased) currency code (§2.8). Other attributes are kept out: Medusa never reads them.
struct TaxPreferences: Sendable {
    var byRegion: [String: Bool] = [:]
    var byCurrency: [String: Bool] = [:]

    init() {}

    init(rows: [PricePreferenceRow]) {
        for row in rows where !row.isDeleted {
            guard let value = row.value else { continue }
            switch row.attribute {
            case "region_id": byRegion[value] = row.isTaxInclusive
            case "currency_code": byCurrency[value.lowercased()] = row.isTaxInclusive
            default: continue
            }
        }
    }
}
