extension PriceBook {
    /// The tier ladder of a price set for `context` (see ``TierLadder``); nil when the set is
    /// unknown or no quantity has a price.
    public func tierLadder(priceSetId: String, context: PricingContext, at now: PricingInstant = .now()) -> TierLadder? {
        guard let set = priceSetIndex(of: priceSetId) else { return nil }
        return tierLadder(setIndex: set, id: priceSetId, context: PreparedContext(context, book: self, now: now))
    }

    /// The tier ladder of a variant's price set (see ``TierLadder``).
    public func tierLadder(variantId: String, context: PricingContext, at now: PricingInstant = .now()) -> TierLadder? {
        guard let set = priceSetIndex(ofVariant: variantId) else { return nil }
        return tierLadder(setIndex: set, id: priceSetIds[UInt32(set)], context: PreparedContext(context, book: self, now: now))
    }

    func tierLadder(setIndex: Int, id: String, context: PreparedContext) -> TierLadder? {
        let steps = ladderSteps(setIndex: setIndex, context: context).map { step in
            TierStep(minQuantity: step.from, maxQuantity: step.to,
                     price: calculatedPriceSet(id: id, step.selection, context: context))
        }
        return steps.isEmpty ? nil : TierLadder(priceSetId: id, currencyCode: context.currencyCode, steps: steps)
    }

    /// The ladder as selections: evaluates the resolver at 1 and at every window start / end + 1
    /// of the set's prices in the context currency, merging neighbours that pick the same prices.
    func ladderSteps(setIndex: Int, context: PreparedContext) -> [(from: Int64, to: Int64?, selection: PriceSelection)] {
        guard let currency = context.currency else { return [] }
        let (chunk, local) = location(ofSet: setIndex)
        var points: [Int64] = [1]
        for i in chunk.priceRange(ofLocalSet: local) where chunk.prices[i].currency == currency {
            let p = chunk.prices[i]
            let lo = Int64(p.minQuantity), hi = Int64(p.maxQuantity)
            if lo > 1 && lo <= PricingLimits.maxQuantity { points.append(lo) }
            if hi >= 1 && hi < PricingLimits.maxQuantity { points.append(hi + 1) }
        }
        points.sort()
        points.removeDuplicatesOfSorted()
        var steps: [(from: Int64, to: Int64?, selection: PriceSelection)] = []
        for (k, point) in points.enumerated() {
            let upper: Int64? = k + 1 < points.count ? points[k + 1] - 1 : nil
            guard let selection = selectPrice(setIndex: setIndex, context: context,
                                              quantities: TierQuantities(uniform: point)) else { continue }
            if let last = steps.last, last.to.map({ $0 + 1 == point }) == true,
               last.selection.calculated == selection.calculated, last.selection.original == selection.original {
                steps[steps.count - 1].to = upper
            } else {
                steps.append((point, upper, selection))
            }
        }
        return steps
    }

    /// The cart's tier hint: ``TierLadder/nextTier(after:)`` of the set's ladder, computed on
    /// the selections so that only the hinted price is turned into output.
    func nextTierHint(setIndex: Int, context: PreparedContext, after quantity: Int64) -> TierHint? {
        let steps = ladderSteps(setIndex: setIndex, context: context)
        func unitAmount(_ k: Int) -> ExactDecimal { steps[k].selection.chunk.amount(steps[k].selection.calculated) }
        guard let k = TierLadder.nextTierIndex(count: steps.count, after: quantity, from: { steps[$0].from },
                                               to: { steps[$0].to }, unitAmount: unitAmount) else { return nil }
        return TierHint(minQuantity: steps[k].from, unitAmount: unitAmount(k),
                        priceId: steps[k].selection.chunk.priceId(steps[k].selection.calculated))
    }
}

extension Array where Element: Equatable {
    /// Drops repeated neighbours (on a sorted array: keeps one of each value).
    mutating func removeDuplicatesOfSorted() {
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
