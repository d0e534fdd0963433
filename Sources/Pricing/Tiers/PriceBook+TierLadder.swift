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
        var breakpoints: Set<Int64> = [1]
        for i in chunk.priceRange(ofLocalSet: local) where chunk.prices[i].currency == currency {
            let p = chunk.prices[i]
            if p.minQuantity > 1 && p.minQuantity <= PricingLimits.maxQuantity { breakpoints.insert(p.minQuantity) }
            if p.maxQuantity >= 1 && p.maxQuantity < PricingLimits.maxQuantity { breakpoints.insert(p.maxQuantity + 1) }
        }
        let points = breakpoints.sorted()
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
}
