extension PriceBook {
    /// Explains the resolution of one price set for `context` (see ``PriceExplanation``).
    /// Nil when the price set id is unknown. A slow path meant for support and debugging.
    public func explain(priceSetId: String, context: PricingContext, at now: PricingInstant = .now()) -> PriceExplanation? {
        guard let set = priceSetIndex(of: priceSetId) else { return nil }
        let prepared = PreparedContext(context, book: self, now: now)
        let quantities = TierQuantities(uniform: context.quantity)
        let selection = selectPrice(setIndex: set, context: prepared, quantities: quantities)
        let (chunk, local) = location(ofSet: set)
        let range = chunk.priceRange(ofLocalSet: local)
        let rejections = range.map { rejection(chunk, $0, context: prepared, quantities: quantities) }
        // The winner of the list ordering among eligible list prices (it may be a sale that lost).
        var bestList = -1
        for (k, i) in range.enumerated() where rejections[k] == nil && !chunk.prices[i].isBasePrice {
            if bestList < 0 || listPriceOrder(chunk, i, bestList) < 0 { bestList = i }
        }
        var verdicts: [CandidateVerdict] = []
        for (k, i) in range.enumerated() {
            let price = chunk.prices[i]
            let outcome: CandidateOutcome
            if let rejection = rejections[k] {
                outcome = .rejected(rejection)
            } else if let selection {
                outcome = rankOutcome(chunk, i, selection, bestList: bestList)
            } else {
                outcome = .rejected(.currency(priceCurrency: currencies[UInt32(price.currency)]))
            }
            verdicts.append(CandidateVerdict(
                priceId: chunk.priceId(i), priceListId: price.isBasePrice ? nil : lists.ids[UInt32(price.listIndex)],
                currencyCode: currencies[UInt32(price.currency)], amount: chunk.amount(i), outcome: outcome))
        }
        return PriceExplanation(priceSetId: priceSetId, currencyCode: context.currencyCode,
                                result: selection.map { calculatedPriceSet(id: priceSetId, $0, context: prepared) },
                                candidates: verdicts)
    }

    /// The first eligibility check price `i` fails, in Medusa's order of filters.
    func rejection(_ chunk: PriceChunk, _ i: Int, context: PreparedContext, quantities: TierQuantities) -> CandidateRejection? {
        let price = chunk.prices[i]
        if context.currency != price.currency { return .currency(priceCurrency: currencies[UInt32(price.currency)]) }
        var aggregation = configuration.defaultTierAggregation
        if !price.isBasePrice {
            let list = lists.records[Int(price.listIndex)]
            aggregation = list.tierAggregation
            if list.isDeleted { return .listDeleted }
            if list.status == .draft { return .listDraft }
            if list.rulesCountIsNull { return .listRulesCountNull }
            if context.now < list.startsAt { return .listNotStarted(startsAt: PricingInstant(millisecondsSinceEpoch: list.startsAt)) }
            if context.now > list.endsAt { return .listExpired(endsAt: PricingInstant(millisecondsSinceEpoch: list.endsAt)) }
            for r in lists.ruleRange(of: Int(price.listIndex)) {
                let rule = lists.rules[r]
                switch ListRuleMatcher.firstFailure(rule: rule, lists: lists, context: context) {
                case .attributeMissing?: return .listRuleAttributeMissing(attribute: attributes[rule.attribute])
                case .valueMismatch?, .valueNotNumeric?: return .listRuleMismatch(attribute: attributes[rule.attribute])
                case nil: continue
                }
            }
        }
        if !price.admits(quantity: quantities.quantity(for: aggregation)) {
            return .quantityWindow(quantity: quantities.quantity(for: aggregation))
        }
        let start = Int(price.ruleStart)
        for r in start..<(start + Int(price.ruleCount)) {
            let rule = chunk.rules[r]
            let attribute = attributes[rule.attribute], value = values[rule.value]
            switch PriceRuleMatcher.failure(rule, context: context) {
            case .attributeMissing?: return .priceRuleAttributeMissing(attribute: attribute)
            case .valueMismatch?: return .priceRuleMismatch(attribute: attribute, operator: rule.op, value: value)
            case .valueNotNumeric?: return .priceRuleValueNotNumeric(attribute: attribute, operator: rule.op, value: value)
            case nil: continue
            }
        }
        return nil
    }

    /// Outcome of an eligible price given the selection and the best eligible list price.
    private func rankOutcome(_ chunk: PriceChunk, _ i: Int, _ s: PriceSelection, bestList: Int) -> CandidateOutcome {
        if i == s.calculated { return .calculated(alsoOriginal: i == s.original) }
        if i == s.original { return .original }
        let price = chunk.prices[i]
        let calculated = chunk.prices[s.calculated]
        if price.isBasePrice {
            if !calculated.isBasePrice {
                return .outranked(winner: chunk.priceId(s.calculated), reason: .listBeforeBase)
            }
            return .outranked(winner: chunk.priceId(s.calculated), reason: baseRankReason(chunk, i, s.calculated))
        }
        if i == bestList {
            // The best list price is a sale above the base price.
            return .saleNotCheaper(basePriceId: chunk.priceId(s.calculated))
        }
        let winner = bestList >= 0 ? bestList : s.calculated
        return .outranked(winner: chunk.priceId(winner), reason: listRankReason(chunk, i, winner))
    }

    private func listRankReason(_ chunk: PriceChunk, _ i: Int, _ winner: Int) -> RankReason {
        let a = chunk.prices[i], b = chunk.prices[winner]
        if b.isBasePrice { return .listBeforeBase }
        let la = lists.records[Int(a.listIndex)], lb = lists.records[Int(b.listIndex)]
        if la.priority != lb.priority { return .priority }
        if Int(a.ruleCount) + Int(la.ruleCount) != Int(b.ruleCount) + Int(lb.ruleCount) { return .specificity }
        if chunk.amount(i) != chunk.amount(winner) { return .amount }
        return .id
    }

    private func baseRankReason(_ chunk: PriceChunk, _ i: Int, _ winner: Int) -> RankReason {
        let a = chunk.prices[i], b = chunk.prices[winner]
        if a.ruleCount != b.ruleCount { return .specificity }
        if chunk.amount(i) != chunk.amount(winner) { return .amount }
        return .id
    }
}
