/// A priced cart line's chosen prices as positions in the book generation that priced the cart.
/// The strings of ``CalculatedPriceSet`` (price, price-list and price-set ids, echoed bounds) are
/// only built when ``PricedCartLine/price`` is read, so pricing a cart allocates no string per line.
struct CartLineChoice: Sendable {
    let source: CartPriceSource
    let chunk: PriceChunk
    let setIndex: Int32
    let calculated: Int32
    /// -1 when there is no original price.
    let original: Int32
    let isCalculatedTaxInclusive: Bool
    let isOriginalTaxInclusive: Bool

    /// The line's ``CalculatedPriceSet``, exactly as the resolver returns it for the same selection.
    func calculatedPriceSet() -> CalculatedPriceSet {
        CalculatedPriceSet(
            id: source.priceSetIds[UInt32(setIndex)], currencyCode: source.currencyCode,
            calculated: ChosenPrice(chunk, Int(calculated), lists: source.lists, isTaxInclusive: isCalculatedTaxInclusive),
            original: original >= 0
                ? ChosenPrice(chunk, Int(original), lists: source.lists, isTaxInclusive: isOriginalTaxInclusive) : nil)
    }
}

extension CartLineChoice: Hashable {
    static func == (a: CartLineChoice, b: CartLineChoice) -> Bool { a.calculatedPriceSet() == b.calculatedPriceSet() }
    func hash(into hasher: inout Hasher) { hasher.combine(calculatedPriceSet()) }
}

/// What ``CartLineChoice`` needs from its book generation to build strings later: the price-set id
/// and price-list tables (shared, copy-on-write) and the context currency. One per priced cart.
final class CartPriceSource: Sendable {
    let priceSetIds: StringTable
    let lists: PriceListTable
    let currencyCode: String

    init(priceSetIds: StringTable, lists: PriceListTable, currencyCode: String) {
        self.priceSetIds = priceSetIds
        self.lists = lists
        self.currencyCode = currencyCode
    }
}
