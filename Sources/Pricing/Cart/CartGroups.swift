/// The cart's lines grouped for tier aggregation: each line's price set, the quantity totals per
/// variant (keyed by its price set — one set per variant) and per product, and each line's unit
/// offset inside its groups in cart order (graduated pricing). A variant without a known product
/// forms its own product group. Product lookups happen only when some price aggregates per product.
struct CartGroups {
    /// Price set index per line, nil for unknown variants.
    let sets: [Int?]
    private let lineQuantity: [Int64]
    private let variantGroup: [Int32]
    private let productGroup: [Int32]
    private let variantTotals: [Int64]
    private let productTotals: [Int64]
    private let variantOffsets: [Int64]
    private let productOffsets: [Int64]

    init(lines: [CartLine], book: PriceBook, needsProducts: Bool) {
        var sets: [Int?] = []
        sets.reserveCapacity(lines.count)
        var variantGroup: [Int32] = [], productGroup: [Int32] = []
        var variantTotals: [Int64] = [], productTotals: [Int64] = []
        var variantOffsets: [Int64] = [], productOffsets: [Int64] = []
        var variantSlots: [Int: Int32] = [:], productSlots: [Int: Int32] = [:]
        for (i, line) in lines.enumerated() {
            let set = book.priceSetIndex(ofVariant: line.variantId)
            sets.append(set)
            // Unknown variants get a key of their own (negative, per line).
            let variantKey = set ?? -(i + 1)
            let v = Self.slot(variantKey, &variantSlots, &variantTotals)
            // Known products: even keys; a variant without a product: its own odd key.
            var productKey = variantKey * 2 + 1
            if needsProducts, let product = book.variantProducts[line.variantId] { productKey = Int(product) * 2 }
            let p = Self.slot(productKey, &productSlots, &productTotals)
            variantGroup.append(v)
            productGroup.append(p)
            variantOffsets.append(variantTotals[Int(v)])
            productOffsets.append(productTotals[Int(p)])
            variantTotals[Int(v)] += line.quantity
            productTotals[Int(p)] += line.quantity
        }
        self.sets = sets
        self.lineQuantity = lines.map(\.quantity)
        self.variantGroup = variantGroup
        self.productGroup = productGroup
        self.variantTotals = variantTotals
        self.productTotals = productTotals
        self.variantOffsets = variantOffsets
        self.productOffsets = productOffsets
    }

    private static func slot(_ key: Int, _ slots: inout [Int: Int32], _ totals: inout [Int64]) -> Int32 {
        if let s = slots[key] { return s }
        let s = Int32(totals.count)
        slots[key] = s
        totals.append(0)
        return s
    }

    func quantities(ofLine i: Int) -> TierQuantities {
        TierQuantities(line: lineQuantity[i], variant: variantTotals[Int(variantGroup[i])],
                       product: productTotals[Int(productGroup[i])])
    }

    /// Units of the line's group that come before this line.
    func offset(ofLine i: Int, _ aggregation: TierAggregation) -> Int64 {
        switch aggregation {
        case .line: return 0
        case .variant: return variantOffsets[i]
        case .product: return productOffsets[i]
        }
    }
}
