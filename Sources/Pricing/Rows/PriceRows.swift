/// Rows of Medusa v2's pricing tables (v2.18 names; see medusa-pricing.md §1), the input from
/// which a ``PriceBook`` is built. The Postgres sync constructs these directly; tests and the
/// demo decode them from JSON/NDJSON (`PriceBookRows+JSON.swift`).
///
/// Soft-deleted rows (`deleted_at IS NOT NULL`) may be passed with `isDeleted = true`; the book
/// ignores them exactly like Medusa's queries do.
public struct PriceBookRows: Sendable {
    public var priceSets: [PriceSetRow] = []
    public var prices: [PriceRow] = []
    public var priceRules: [PriceRuleRow] = []
    public var priceLists: [PriceListRow] = []
    public var priceListRules: [PriceListRuleRow] = []
    public var pricePreferences: [PricePreferenceRow] = []
    /// Link table `product_variant_price_set`.
    public var variantPriceSets: [VariantPriceSetRow] = []
    /// `product_variant (id, product_id)`: needed only for per-product tier aggregation.
    public var productVariants: [ProductVariantRow] = []

    public init() {}
}

/// `price_set`: the unit that is priced (one per variant or shipping option).
public struct PriceSetRow: Sendable, Hashable {
    public var id: String
    public var isDeleted: Bool
    public init(id: String, isDeleted: Bool = false) {
        self.id = id
        self.isDeleted = isDeleted
    }
}

/// `price`: one amount of a price set in one currency, optionally in a price list, with an
/// inclusive quantity window. `amount` is the exact value of `raw_amount.value`.
public struct PriceRow: Sendable, Hashable {
    public var id: String
    public var priceSetId: String
    /// Lower-cased when the book is built (Medusa ≥ 2.14 normalises it).
    public var currencyCode: String
    public var amount: ExactDecimal
    /// `raw_amount.precision`, echoed in `raw_calculated_amount` (Medusa writes 20).
    public var rawPrecision: Int
    public var minQuantity: ExactDecimal?
    public var maxQuantity: ExactDecimal?
    /// nil = a base ("default") price of the set.
    public var priceListId: String?
    public var isDeleted: Bool

    public init(id: String, priceSetId: String, currencyCode: String, amount: ExactDecimal,
                rawPrecision: Int = 20, minQuantity: ExactDecimal? = nil, maxQuantity: ExactDecimal? = nil,
                priceListId: String? = nil, isDeleted: Bool = false) {
        self.id = id
        self.priceSetId = priceSetId
        self.currencyCode = currencyCode
        self.amount = amount
        self.rawPrecision = rawPrecision
        self.minQuantity = minQuantity
        self.maxQuantity = maxQuantity
        self.priceListId = priceListId
        self.isDeleted = isDeleted
    }
}

/// Operator of a `price_rule` row (`eq` is the default).
public enum PriceRuleOperator: String, Sendable, Hashable, CaseIterable {
    case eq, gt, gte, lt, lte
}

/// `price_rule`: a condition `attribute operator value` on one price. `value` is text, numbers
/// included (`"2000"`). The price's `rules_count` is derived from these rows (§2.11 #3).
public struct PriceRuleRow: Sendable, Hashable {
    public var priceId: String
    public var attribute: String
    public var value: String
    public var `operator`: PriceRuleOperator
    public var isDeleted: Bool

    public init(priceId: String, attribute: String, value: String, operator: PriceRuleOperator = .eq,
                isDeleted: Bool = false) {
        self.priceId = priceId
        self.attribute = attribute
        self.value = value
        self.operator = `operator`
        self.isDeleted = isDeleted
    }
}

/// `price_list.status`: only active lists apply.
public enum PriceListStatus: String, Sendable, Hashable {
    case active, draft
}

/// `price_list.type`: a `sale` price applies only when not above the base price; an `override`
/// price always applies and also becomes the original ("compare at") price (§2.7).
public enum PriceListType: String, Sendable, Hashable {
    case sale, override
}

/// `price_list`: a group of prices with a status, a type, an optional validity window (both ends
/// inclusive) and rules (`price_list_rule`).
public struct PriceListRow: Sendable, Hashable {
    public var id: String
    public var title: String
    public var status: PriceListStatus
    public var type: PriceListType
    public var startsAt: PricingInstant?
    public var endsAt: PricingInstant?
    /// The `rules_count` column. `nil` (SQL NULL) means the list never applies, as in Medusa
    /// (§2.11 #5); any other value is ignored and the count is derived from the rule rows (#3).
    public var rulesCount: Int?
    public var isDeleted: Bool

    public init(id: String, title: String = "", status: PriceListStatus = .active, type: PriceListType = .sale,
                startsAt: PricingInstant? = nil, endsAt: PricingInstant? = nil, rulesCount: Int? = 0,
                isDeleted: Bool = false) {
        self.id = id
        self.title = title
        self.status = status
        self.type = type
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.rulesCount = rulesCount
        self.isDeleted = isDeleted
    }
}

/// One element of a `price_list_rule.value` JSON array. Medusa matches it by jsonb containment,
/// so a string only matches a string context value and a number only a number.
public enum PriceListRuleValue: Sendable, Hashable {
    case string(String)
    case number(ExactDecimal)
    case bool(Bool)
}

/// `price_list_rule`: the list applies only when the context has `attribute` and one of its
/// values is in `values`. Several rows with one attribute are merged (their values OR-ed).
public struct PriceListRuleRow: Sendable, Hashable {
    public var priceListId: String
    public var attribute: String
    public var values: [PriceListRuleValue]
    public var isDeleted: Bool

    public init(priceListId: String, attribute: String, values: [PriceListRuleValue], isDeleted: Bool = false) {
        self.priceListId = priceListId
        self.attribute = attribute
        self.values = values
        self.isDeleted = isDeleted
    }
}

/// `price_preference`: tax inclusivity by `currency_code` or `region_id` (§2.8).
public struct PricePreferenceRow: Sendable, Hashable {
    public var attribute: String
    public var value: String?
    public var isTaxInclusive: Bool
    public var isDeleted: Bool

    public init(attribute: String, value: String?, isTaxInclusive: Bool, isDeleted: Bool = false) {
        self.attribute = attribute
        self.value = value
        self.isTaxInclusive = isTaxInclusive
        self.isDeleted = isDeleted
    }
}

/// `product_variant_price_set`: which price set prices a variant (one per variant).
public struct VariantPriceSetRow: Sendable, Hashable {
    public var variantId: String
    public var priceSetId: String
    public var isDeleted: Bool

    public init(variantId: String, priceSetId: String, isDeleted: Bool = false) {
        self.variantId = variantId
        self.priceSetId = priceSetId
        self.isDeleted = isDeleted
    }
}

/// `product_variant (id, product_id)`: the product a variant belongs to (mix-and-match tiers).
public struct ProductVariantRow: Sendable, Hashable {
    public var variantId: String
    public var productId: String

    public init(variantId: String, productId: String) {
        self.variantId = variantId
        self.productId = productId
    }
}
