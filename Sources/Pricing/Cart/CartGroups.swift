/// The cart's lines grouped for tier aggregation: each line's price set, the quantity totals per
/// variant (keyed by its price set — one set per variant) and per product, and each line's unit
/// offset inside its groups in cart order (graduated pricing). A variant without a known product
/// forms its own product group. Product lookups happen only when some price aggregates per product;
/// when no price aggregates across lines at all, only the price sets are looked up and every
/// quantity is the line's own.
struct CartGroups {
    /// Price set index per line, -1 for unknown variants.
    let sets: [Int]
    private let lineQuantity: [Int64]
    private let variantGroup: [Int32]
    private let productGroup: [Int32]
    private let variantTotals: [Int64]
    private let productTotals: [Int64]
    private let variantOffsets: [Int64]
    private let productOffsets: [Int64]

    init(lines: [CartLine], book: borrowing PriceBook, needsGroups: Bool, needsProducts: Bool) {
        let n = lines.count
        // Id lookups first, in a pass of their own, so that their memory loads overlap.
        var handles: [UInt32] = []
        handles.reserveCapacity(n)
        for line in lines { handles.append(book.variants.id(of: line.variantId) ?? UInt32.max) }
        var sets: [Int] = [], lineQuantity: [Int64] = []
        sets.reserveCapacity(n)
        lineQuantity.reserveCapacity(n)
        for (i, line) in lines.enumerated() {
            sets.append(handles[i] == UInt32.max ? -1 : book.priceSetIndex(ofHandle: handles[i]) ?? -1)
            lineQuantity.append(line.quantity)
        }
        self.sets = sets
        self.lineQuantity = lineQuantity

        var variantGroup: [Int32] = [], productGroup: [Int32] = []
        var variantTotals: [Int64] = [], productTotals: [Int64] = []
        var variantOffsets: [Int64] = [], productOffsets: [Int64] = []
        if needsGroups {
            variantGroup.reserveCapacity(n)
            productGroup.reserveCapacity(n)
            variantOffsets.reserveCapacity(n)
            productOffsets.reserveCapacity(n)
            var variantSlots = GroupSlots(capacity: n)
            var productSlots = GroupSlots(capacity: n)
            for (i, line) in lines.enumerated() {
                // Unknown variants get a key of their own (negative, per line).
                let variantKey = sets[i] >= 0 ? sets[i] : -(i + 1)
                let v = Self.slot(variantKey, &variantSlots, &variantTotals)
                // Known products: even keys; a variant without a product: its own odd key.
                var productKey = variantKey * 2 + 1
                if needsProducts, handles[i] != UInt32.max, book.variantProducts[Int(handles[i])] >= 0 {
                    productKey = Int(book.variantProducts[Int(handles[i])]) * 2
                }
                let p = Self.slot(productKey, &productSlots, &productTotals)
                variantGroup.append(v)
                productGroup.append(p)
                variantOffsets.append(variantTotals[Int(v)])
                productOffsets.append(productTotals[Int(p)])
                variantTotals[Int(v)] += line.quantity
                productTotals[Int(p)] += line.quantity
            }
        }
        self.variantGroup = variantGroup
        self.productGroup = productGroup
        self.variantTotals = variantTotals
        self.productTotals = productTotals
        self.variantOffsets = variantOffsets
        self.productOffsets = productOffsets
    }

    private static func slot(_ key: Int, _ slots: inout GroupSlots, _ totals: inout [Int64]) -> Int32 {
        let s = slots.slot(for: key, next: Int32(totals.count))
        if Int(s) == totals.count { totals.append(0) }
        return s
    }

    /// The line's quantity, and its groups' totals when grouped (else the line's quantity again).
    func quantities(ofLine i: Int) -> TierQuantities {
        guard !variantGroup.isEmpty else { return TierQuantities(uniform: lineQuantity[i]) }
        return TierQuantities(line: lineQuantity[i], variant: variantTotals[Int(variantGroup[i])],
                              product: productTotals[Int(productGroup[i])])
    }

    /// Units of the line's group that come before this line.
    func offset(ofLine i: Int, _ aggregation: TierAggregation) -> Int64 {
        guard !variantOffsets.isEmpty else { return 0 }
        switch aggregation {
        case .line: return 0
        case .variant: return variantOffsets[i]
        case .product: return productOffsets[i]
        }
    }
}

/// Group key → group number for one cart: a small open-addressing table (Int keys, no
/// `Hasher`), sized for every line having its own group.
private struct GroupSlots {
    private var keys: [Int]
    private var groups: [Int32]
    private let mask: Int

    init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        groups = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The group of `key`; when new, it becomes group `next`.
    mutating func slot(for key: Int, next: Int32) -> Int32 {
        var i = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while groups[i] >= 0 {
            if keys[i] == key { return groups[i] }
            i = (i + 1) & mask
        }
        keys[i] = key
        groups[i] = next
        return next
    }
}

extension PriceBook {
    /// The cart's lines grouped for tier aggregation (see ``CartGroups``).
    func cartGroups(lines: [CartLine]) -> CartGroups {
        CartGroups(lines: lines, book: self, needsGroups: usesCrossLineAggregation, needsProducts: usesProductAggregation)
    }
}
