import Pricing

func dec(_ text: String) -> ExactDecimal { ExactDecimal(parsing: text)! }

/// A small B2B book: variant v1/v2 of product P (sets s1/s2), v3 of product Q (s3).
/// s1: USD tiers 1–9 @10.00, 10–49 @8.50, 50+ @7.00. s2: 1–9 @20.00, 10+ @15.00. s3: 5.00 flat.
/// Lists: `vip` sale (customer.groups.id ∈ {vip}) s1 @9.00; `acme` override (company_id = acme) s1 @9.50.
func b2bRows() -> PriceBookRows {
    var rows = PriceBookRows()
    for (v, s, p) in [("v1", "s1", "P"), ("v2", "s2", "P"), ("v3", "s3", "Q")] {
        rows.variantPriceSets.append(VariantPriceSetRow(variantId: v, priceSetId: s))
        rows.productVariants.append(ProductVariantRow(variantId: v, productId: p))
    }
    func price(_ id: String, _ set: String, _ amount: String, _ lo: Int64?, _ hi: Int64?, list: String? = nil) {
        rows.prices.append(PriceRow(id: id, priceSetId: set, currencyCode: "usd", amount: dec(amount),
                                    minQuantity: lo.map(ExactDecimal.init), maxQuantity: hi.map(ExactDecimal.init), priceListId: list))
    }
    price("s1_t1", "s1", "10.00", 1, 9)
    price("s1_t2", "s1", "8.50", 10, 49)
    price("s1_t3", "s1", "7.00", 50, nil)
    price("s2_t1", "s2", "20.00", 1, 9)
    price("s2_t2", "s2", "15.00", 10, nil)
    price("s3_p", "s3", "5.00", nil, nil)
    rows.priceLists.append(PriceListRow(id: "vip", type: .sale))
    rows.priceListRules.append(PriceListRuleRow(priceListId: "vip", attribute: "customer.groups.id", values: [.string("vip")]))
    rows.priceLists.append(PriceListRow(id: "acme", type: .override))
    rows.priceListRules.append(PriceListRuleRow(priceListId: "acme", attribute: "company_id", values: [.string("acme")]))
    price("s1_vip", "s1", "9.00", nil, nil, list: "vip")
    price("s1_acme", "s1", "9.50", nil, nil, list: "acme")
    return rows
}

let fixedNow = PricingInstant(iso8601: "2025-06-15T12:00:00Z")!
