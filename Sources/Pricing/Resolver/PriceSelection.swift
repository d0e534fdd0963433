/// The outcome of §2.7 for one price set: the chosen calculated and original prices, as indices
/// into `chunk.prices`.
struct PriceSelection {
    let chunk: PriceChunk
    let calculated: Int
    /// -1 when there is no original price (a list price and no base price).
    let original: Int
}

extension PriceBook {
    /// Selects the calculated and original price of one price set (§2.3–2.7 plus Loupe's
    /// priority): one pass over the set's prices in the context currency.
    ///
    /// List prices are compared by (priority desc, specificity desc, amount asc, id asc) where
    /// specificity = price rules + list rules; base prices are stored in Medusa's order so the
    /// first eligible one is the best. Then: an override list price is both calculated and
    /// original; a sale list price is calculated only when there is no base price or it is not
    /// above the base price; the original is the best override (stacked sale, Medusa ≥ 2.16) or
    /// else the base price.
    func selectPrice(setIndex: Int, context: PreparedContext, quantities: TierQuantities) -> PriceSelection? {
        guard let currency = context.currency else { return nil }
        let (chunk, local) = location(ofSet: setIndex)
        let range = chunk.priceRange(ofLocalSet: local)
        guard !range.isEmpty else { return nil }
        let baseQuantity = quantities.quantity(for: configuration.defaultTierAggregation)
        let picked: (calculated: Int, original: Int)? = chunk.prices.withUnsafeBufferPointer { p in
            chunk.rules.withUnsafeBufferPointer { rules in
                lists.records.withUnsafeBufferPointer { listRecords in
                    var i = range.lowerBound
                    let end = range.upperBound
                    while i < end && p[i].currency < currency { i += 1 }
                    var best = -1, bestOverride = -1, base = -1
                    while i < end && p[i].currency == currency && !p[i].isBasePrice {
                        let price = p[i]
                        if context.listApplies(price.listIndex) {
                            let list = listRecords[Int(price.listIndex)]
                            if price.admits(quantity: quantities.quantity(for: list.tierAggregation))
                                && PriceRuleMatcher.allRulesMatch(price, rules: rules, context: context) {
                                if best < 0 || listPriceOrder(chunk, p, listRecords, i, best) < 0 { best = i }
                                if list.type != .sale
                                    && (bestOverride < 0 || listPriceOrder(chunk, p, listRecords, i, bestOverride) < 0) {
                                    bestOverride = i
                                }
                            }
                        }
                        i += 1
                    }
                    while i < end && p[i].currency == currency {
                        if p[i].admits(quantity: baseQuantity)
                            && PriceRuleMatcher.allRulesMatch(p[i], rules: rules, context: context) {
                            base = i
                            break
                        }
                        i += 1
                    }
                    if best < 0 && base < 0 { return nil }
                    var calculated = base
                    var original = bestOverride >= 0 ? bestOverride : base
                    if best >= 0 {
                        if listRecords[Int(p[best].listIndex)].type == .override {
                            calculated = best
                            original = best
                        } else if base < 0 || ExactDecimal.compare(p[best].amount(chunk.wideAmounts), p[base].amount(chunk.wideAmounts)) <= 0 {
                            calculated = best
                        }
                    }
                    return (calculated, original)
                }
            }
        }
        guard let picked else { return nil }
        return PriceSelection(chunk: chunk, calculated: picked.calculated, original: picked.original)
    }

    /// Order of two list prices of one chunk: negative when `i` ranks before `j`.
    func listPriceOrder(_ chunk: PriceChunk, _ i: Int, _ j: Int) -> Int {
        chunk.prices.withUnsafeBufferPointer { p in
            lists.records.withUnsafeBufferPointer { listPriceOrder(chunk, p, $0, i, j) }
        }
    }

    @inline(__always)
    func listPriceOrder(_ chunk: PriceChunk, _ p: UnsafeBufferPointer<PriceRecord>,
                        _ listRecords: UnsafeBufferPointer<PriceListRecord>, _ i: Int, _ j: Int) -> Int {
        let a = p[i], b = p[j]
        let la = listRecords[Int(a.listIndex)], lb = listRecords[Int(b.listIndex)]
        if la.priority != lb.priority { return la.priority > lb.priority ? -1 : 1 }
        let sa = Int(a.ruleCount) + Int(la.ruleCount), sb = Int(b.ruleCount) + Int(lb.ruleCount)
        if sa != sb { return sa > sb ? -1 : 1 }
        let c = ExactDecimal.compare(a.amount(chunk.wideAmounts), b.amount(chunk.wideAmounts))
        if c != 0 { return c }
        return PriceChunk.compareIds(chunk, i, chunk, j)
    }

    /// §2.8: the tax-inclusive flag of one chosen price.
    @inline(__always)
    func isTaxInclusive(_ chunk: PriceChunk, _ index: Int, context: PreparedContext) -> Bool {
        if let regionFlag = context.regionTaxInclusive, let regionAttribute = context.regionAttribute,
           let regionValue = context.regionValue {
            let price = chunk.prices[index]
            let start = Int(price.ruleStart)
            for r in start..<(start + Int(price.ruleCount)) {
                let rule = chunk.rules[r]
                if rule.attribute == regionAttribute && rule.value == regionValue { return regionFlag }
            }
        }
        return context.currencyTaxInclusive ?? false
    }
}
