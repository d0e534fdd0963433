/// An immutable generation of all prices: Medusa's price sets, prices, price rules, price lists
/// (with rules), price preferences and the variant → price set link, indexed by price set and
/// currency, plus Loupe's ``PricingConfiguration``.
///
/// - Build one from table rows with ``init(rows:configuration:)``; produce the next generation
///   with ``applying(_:)`` (replaces only the changed price sets' chunks, shares the rest).
/// - A `PriceBook` is a value (`Sendable`): readers keep the generation they started with while a
///   writer publishes a new one, so no lock is needed on the resolution path.
/// - Rows that break a reference (a price in an unknown list, a rule of an unknown price, a link
///   to an unknown set) are skipped and listed in ``issues``, never silently used.
public struct PriceBook: Sendable {
    /// Increases by one with every ``applying(_:)``.
    public internal(set) var generation: UInt64 = 0
    /// Rows skipped while building this generation (and its ancestors).
    public internal(set) var issues: [PriceBookIssue] = []
    public internal(set) var configuration: PricingConfiguration

    /// Attributes of price rules and price-list rules.
    var attributes = StringTable()
    /// Text values of price rules (and the text of context values).
    var values = StringTable()
    /// Typed values of price-list rules (`PriceListRuleValue.tableKey`).
    var listValues = StringTable()
    var currencies = StringTable()
    var priceSetIds = StringTable()
    /// Per price set index: registered by a live `price_set` row or by a price.
    var priceSetKnown: [Bool] = []
    var chunks: [PriceChunk] = []
    var lists = PriceListTable()
    var listSources = PriceListSources()
    /// Variant ids; a variant's id in this table is its ``VariantHandle``.
    var variants = StringTable()
    /// Per variant handle: price set index (`product_variant_price_set`), -1 when unlinked.
    var variantSets: [Int32] = []
    /// Per variant handle: product index (`product_variant`), -1 when unknown; read only for
    /// per-product tiers.
    var variantProducts: [Int32] = []
    var productIds = StringTable()
    var preferences = TaxPreferences()

    /// True when base prices or some list aggregate tiers per product (carts then look products up).
    let usesProductAggregation: Bool
    /// True when base prices or some list aggregate tiers across cart lines (per variant or per
    /// product); otherwise carts skip grouping their lines.
    let usesCrossLineAggregation: Bool

    init(configuration: PricingConfiguration) {
        self.configuration = configuration
        usesProductAggregation = configuration.defaultTierAggregation == .product
            || configuration.priceLists.values.contains { $0.tierAggregation == .product }
        usesCrossLineAggregation = configuration.defaultTierAggregation != .line
            || configuration.priceLists.values.contains { ($0.tierAggregation ?? .line) != .line }
    }

    /// Number of price sets known to this generation.
    public var priceSetCount: Int { priceSetKnown.lazy.filter { $0 }.count }
    /// Number of live prices stored.
    public var priceCount: Int { chunks.reduce(0) { $0 + $1.prices.count } }
    /// Number of price lists (all statuses).
    public var priceListCount: Int { lists.count }

    /// Dense index of a price set id, nil when unknown.
    @inline(__always)
    func priceSetIndex(of id: String) -> Int? {
        guard let i = priceSetIds.id(of: id), priceSetKnown[Int(i)] else { return nil }
        return Int(i)
    }

    /// Dense price set index of a variant, nil when the variant has no price set.
    @inline(__always)
    func priceSetIndex(ofVariant id: String) -> Int? {
        guard let handle = variants.id(of: id) else { return nil }
        return priceSetIndex(ofHandle: handle)
    }

    /// Chunk and local index of a price set.
    @inline(__always)
    func location(ofSet index: Int) -> (chunk: PriceChunk, local: Int) {
        let c = index >> PriceChunk.shift
        return (c < chunks.count ? chunks[c] : PriceChunk.empty, index & (PriceChunk.capacity - 1))
    }

    /// The price set id of a variant (nil when the variant is unknown or unlinked).
    public func priceSetId(ofVariant variantId: String) -> String? {
        priceSetIndex(ofVariant: variantId).map { priceSetIds[UInt32($0)] }
    }

    /// The product id of a variant as given by `product_variant` rows.
    public func productId(ofVariant variantId: String) -> String? {
        guard let h = variants.id(of: variantId), variantProducts[Int(h)] >= 0 else { return nil }
        return productIds[UInt32(variantProducts[Int(h)])]
    }
}

/// A row skipped while building a ``PriceBook`` because it breaks a reference or is malformed.
public struct PriceBookIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case priceInUnknownList = "price_in_unknown_list"
        case ruleOfUnknownPrice = "rule_of_unknown_price"
        case ruleOfUnknownList = "rule_of_unknown_list"
        case linkToUnknownPriceSet = "link_to_unknown_price_set"
        case duplicateId = "duplicate_id"
        case tooManyRules = "too_many_rules"
        case tooManyCurrencies = "too_many_currencies"
        case priceOfOtherSet = "price_of_other_set"
    }
    public var kind: Kind
    /// The id of the skipped row (or of its owner).
    public var id: String
    public var detail: String

    public var description: String { "\(kind.rawValue) \(id): \(detail)" }
}
