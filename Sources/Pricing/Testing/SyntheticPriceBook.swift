/// Generates deterministic, realistic B2B price data of a chosen size, for benchmarks, load
/// tests and demos (not test-only: the benchmark suite and the demo command use it).
///
/// Shape: one price set per variant, 4 variants per product; per set 5 base prices (USD tiers
/// 1–9 / 10–49 / 50+, a USD price with a `region_id` rule, EUR); the rest of the price budget goes
/// to price lists — one list per customer group (`customer.groups.id`, alternating sale/override,
/// some with a tier from 10 units), company contract lists (`company_id`), and a few rule-less
/// seasonal lists (some draft, some expired). Amounts have 2 decimals.
public struct SyntheticPriceBook: Sendable {
    public var priceSetCount: Int
    public var priceCount: Int
    public var priceListCount: Int
    public var customerGroupCount: Int
    public var seed: UInt64

    public init(priceSetCount: Int = 100_000, priceCount: Int = 1_000_000, priceListCount: Int = 10_000,
                customerGroupCount: Int = 50, seed: UInt64 = 42) {
        self.priceSetCount = max(1, priceSetCount)
        self.priceCount = priceCount
        self.priceListCount = max(customerGroupCount + 1, priceListCount)
        self.customerGroupCount = max(1, customerGroupCount)
        self.seed = seed
    }

    public static func variantId(_ i: Int) -> String { "variant_\(i)" }
    public static func customerGroupId(_ i: Int) -> String { "cusgroup_\(i)" }
    public static func companyId(_ i: Int) -> String { "company_\(i)" }
    public static let region = "reg_us"

    /// Number of company contract lists.
    public var companyListCount: Int { max(0, priceListCount - customerGroupCount - seasonalListCount) }
    var seasonalListCount: Int { min(20, max(0, priceListCount - customerGroupCount)) }

    /// The table rows.
    public func rows() -> PriceBookRows {
        var rng = SplitMix64(seed: seed)
        var rows = PriceBookRows()
        rows.prices.reserveCapacity(priceCount)
        let jan = PricingInstant(iso8601: "2025-01-01T00:00:00Z")
        let dec = PricingInstant(iso8601: "2025-12-31T23:59:59Z")
        let expired = PricingInstant(iso8601: "2024-12-31T00:00:00Z")
        var priceNumber = 0
        func nextPriceId() -> String { priceNumber += 1; return "price_\(priceNumber)" }
        func cents(_ low: UInt64, _ high: UInt64) -> ExactDecimal {
            ExactDecimal(significand: Int128(low + rng.next() % (high - low)), scale: 2)!
        }

        for s in 0..<priceSetCount {
            let set = "pset_\(s)"
            rows.priceSets.append(PriceSetRow(id: set))
            rows.variantPriceSets.append(VariantPriceSetRow(variantId: Self.variantId(s), priceSetId: set))
            rows.productVariants.append(ProductVariantRow(variantId: Self.variantId(s), productId: "prod_\(s / 4)"))
            let base = cents(1_000, 100_000)
            let tiers: [(ExactDecimal, Int64?, Int64?)] = [
                (base, 1, 9),
                (ExactDecimal(significand: base.significand * 90 / 100, scale: 2)!, 10, 49),
                (ExactDecimal(significand: base.significand * 80 / 100, scale: 2)!, 50, nil),
            ]
            for (amount, lo, hi) in tiers {
                rows.prices.append(PriceRow(id: nextPriceId(), priceSetId: set, currencyCode: "usd", amount: amount,
                                            minQuantity: lo.map(ExactDecimal.init), maxQuantity: hi.map(ExactDecimal.init)))
            }
            let regional = nextPriceId()
            rows.prices.append(PriceRow(id: regional, priceSetId: set, currencyCode: "usd",
                                        amount: ExactDecimal(significand: base.significand * 95 / 100, scale: 2)!))
            rows.priceRules.append(PriceRuleRow(priceId: regional, attribute: "region_id", value: Self.region))
            rows.prices.append(PriceRow(id: nextPriceId(), priceSetId: set, currencyCode: "eur", amount: cents(1_000, 100_000)))
        }

        // Lists: groups, companies, seasonal.
        for g in 0..<customerGroupCount {
            let id = "plist_group_\(g)"
            rows.priceLists.append(PriceListRow(id: id, title: "Group \(g)", status: .active,
                                                type: g % 2 == 0 ? .sale : .override))
            rows.priceListRules.append(PriceListRuleRow(priceListId: id, attribute: "customer.groups.id",
                                                        values: [.string(Self.customerGroupId(g))]))
        }
        for c in 0..<companyListCount {
            let id = "plist_company_\(c)"
            rows.priceLists.append(PriceListRow(id: id, title: "Contract \(c)", status: .active, type: .override))
            rows.priceListRules.append(PriceListRuleRow(priceListId: id, attribute: "company_id",
                                                        values: [.string(Self.companyId(c))]))
        }
        for k in 0..<seasonalListCount {
            rows.priceLists.append(PriceListRow(
                id: "plist_season_\(k)", title: "Season \(k)", status: k % 5 == 4 ? .draft : .active, type: .sale,
                startsAt: k % 2 == 0 ? jan : nil, endsAt: k % 3 == 0 ? expired : (k % 2 == 0 ? dec : nil)))
        }

        // Spread the remaining price budget: 40 % group lists, 50 % company lists, 10 % seasonal.
        let remaining = max(0, priceCount - rows.prices.count)
        let groupBudget = remaining * 4 / 10
        let seasonalBudget = seasonalListCount > 0 ? remaining / 10 : 0
        let companyBudget = companyListCount > 0 ? remaining - groupBudget - seasonalBudget : 0
        func listPrice(_ list: String, tiered: Bool) {
            let set = "pset_\(Int(rng.next() % UInt64(priceSetCount)))"
            rows.prices.append(PriceRow(id: nextPriceId(), priceSetId: set, currencyCode: "usd", amount: cents(500, 90_000),
                                        minQuantity: tiered ? ExactDecimal(10) : nil, priceListId: list))
        }
        for n in 0..<groupBudget { listPrice("plist_group_\(n % customerGroupCount)", tiered: n % 7 == 0) }
        for n in 0..<companyBudget { listPrice("plist_company_\(n % companyListCount)", tiered: false) }
        for n in 0..<seasonalBudget { listPrice("plist_season_\(n % seasonalListCount)", tiered: false) }
        return rows
    }

    /// A logged-in B2B buyer: region, `groups` customer groups and a company.
    public func customerContext(groups: Int = 3, quantity: Int64? = nil, variant: UInt64 = 0) throws(PricingError) -> PricingContext {
        var rng = SplitMix64(seed: seed &+ variant)
        let groupIds = (0..<groups).map { _ in Self.customerGroupId(Int(rng.next() % UInt64(customerGroupCount))) }
        let company = Self.companyId(Int(rng.next() % UInt64(max(1, companyListCount))))
        return try PricingContext(currencyCode: "usd", quantity: quantity, attributes: [
            ContextAttribute(key: "region_id", value: .string(Self.region)),
            ContextAttribute(key: "customer.groups.id", value: .strings(groupIds)),
            ContextAttribute(key: "company_id", value: .string(company)),
        ])
    }
}

/// SplitMix64: a tiny deterministic generator for synthetic data.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
