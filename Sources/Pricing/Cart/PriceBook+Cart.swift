extension PriceBook {
    /// Prices a cart: one context for all lines, each line's own quantity (Medusa prices every
    /// line with `quantity: line.quantity`).
    ///
    /// Per line: the tier quantity is chosen per candidate price by its ``TierAggregation`` (line,
    /// variant total, product total); the chosen price's ``TierPricing`` gives the total — volume:
    /// unit price × quantity; graduated: each unit at the price of its band, units numbered across
    /// the aggregation group in cart order (units in positions no price covers are charged the
    /// line's reached price). The context's own `quantity` is ignored.
    ///
    /// Throws for invalid input only: quantities outside `1...PricingLimits.maxQuantity`
    /// (field `lines[i].quantity`), too many lines, or an amount beyond 38 digits.
    public func priceCart(lines: [CartLine], context: PricingContext, options: CartPricingOptions = CartPricingOptions(),
                          at now: PricingInstant = .now()) throws(PricingError) -> CartPricing {
        guard lines.count <= PricingLimits.maxCartLines else {
            throw .tooManyCartLines(count: lines.count, limit: PricingLimits.maxCartLines)
        }
        // The field name is only built for a bad line.
        for (i, line) in lines.enumerated() where !(1...PricingLimits.maxQuantity).contains(line.quantity) {
            guard line.quantity >= 1 else {
                throw .invalidQuantity(field: "lines[\(i)].quantity", reason: "must be at least 1 (got \(line.quantity))")
            }
            try PricingContext.validateQuantity(line.quantity, field: "lines[\(i)].quantity")
        }
        let prepared = PreparedContext(context, book: self, now: now)
        let groups = cartGroups(lines: lines)
        // Passes over all lines (prices, then selections) so that memory loads of different lines
        // overlap. Lines keep positions in the book (``CartLineChoice``): no strings are built here.
        warm(groups.sets)
        let exponent = CurrencyExponent.exponent(for: context.currencyCode, overrides: configuration.currencyExponents)
        let rounding = configuration.rounding
        let source = CartPriceSource(priceSetIds: priceSetIds, lists: lists, currencyCode: context.currencyCode)

        var selections: [PriceSelection?] = []
        selections.reserveCapacity(lines.count)
        for i in lines.indices {
            let set = groups.sets[i]
            selections.append(set < 0 ? nil : selectPrice(setIndex: set, context: prepared, quantities: groups.quantities(ofLine: i)))
        }
        var priced: [PricedCartLine] = []
        priced.reserveCapacity(lines.count)
        var subtotal = ExactDecimal.zero
        var compareAtSubtotal = ExactDecimal.zero
        for (i, line) in lines.enumerated() {
            let violations = configuration.quantityRules.isEmpty
                ? [] : configuration.quantityRules[line.variantId]?.violations(of: line.quantity) ?? []
            let set = groups.sets[i]
            guard set >= 0 else {
                priced.append(.unpriced(i, line, .unknownVariant, violations, configuration))
                continue
            }
            guard let selection = selections[i] else {
                priced.append(.unpriced(i, line, .noPrice, violations, configuration))
                continue
            }
            let chunk = selection.chunk
            let chosen = chunk.prices[selection.calculated]
            let list: PriceListRecord? = chosen.isBasePrice ? nil : lists.records[Int(chosen.listIndex)]
            let aggregation = list?.tierAggregation ?? configuration.defaultTierAggregation
            let pricing = list?.tierPricing ?? configuration.defaultTierPricing
            let tierQuantity = groups.quantities(ofLine: i).quantity(for: aggregation) ?? line.quantity
            let choice = CartLineChoice(
                source: source, chunk: chunk, setIndex: Int32(set), calculated: Int32(selection.calculated),
                original: Int32(selection.original),
                isCalculatedTaxInclusive: isTaxInclusive(chunk, selection.calculated, context: prepared),
                isOriginalTaxInclusive: selection.original >= 0 && isTaxInclusive(chunk, selection.original, context: prepared))
            let unitAmount = chunk.amount(selection.calculated)

            var bands: [GraduatedBand] = []
            let total: ExactDecimal
            if pricing == .graduated {
                bands = graduatedBands(setIndex: set, context: prepared, firstUnit: groups.offset(ofLine: i, aggregation) + 1,
                                       quantity: line.quantity, reached: choice.calculatedPriceSet())
                var sum = ExactDecimal.zero
                for band in bands { sum = try sum.adding(band.unitAmount.multiplied(by: band.units)) }
                total = sum
            } else {
                total = try unitAmount.multiplied(by: line.quantity)
            }
            // Medusa's `compare_at_unit_price`: the original amount when the calculated price is
            // from a sale list and differs from it.
            var compareAt: ExactDecimal?
            if list?.type == .sale, selection.original >= 0 {
                let original = chunk.amount(selection.original)
                if original != unitAmount { compareAt = original }
            }
            var compareAtTotal = total
            if let compareAt { compareAtTotal = try compareAt.multiplied(by: line.quantity) }
            subtotal = try subtotal.adding(total)
            compareAtSubtotal = try compareAtSubtotal.adding(compareAtTotal)
            let hint = options.includeTierHints ? nextTierHint(setIndex: set, context: prepared, after: tierQuantity) : nil
            priced.append(PricedCartLine(
                index: i, variantId: line.variantId, quantity: line.quantity, status: .priced, choice: choice,
                tierQuantity: tierQuantity, tierAggregation: aggregation, tierPricing: pricing,
                unitPrice: bands.count > 1 ? nil : (bands.first?.unitAmount ?? unitAmount),
                compareAtUnitPrice: compareAt, total: total,
                presentedTotal: total.presented(scale: exponent, rule: rounding),
                bands: bands, isTaxInclusive: choice.isCalculatedTaxInclusive,
                quantityViolations: violations, nextTier: hint))
        }
        return CartPricing(currencyCode: context.currencyCode, currencyExponent: exponent, lines: priced,
                           subtotal: subtotal, compareAtSubtotal: compareAtSubtotal,
                           presentedSubtotal: subtotal.presented(scale: exponent, rule: rounding),
                           presentedCompareAtSubtotal: compareAtSubtotal.presented(scale: exponent, rule: rounding))
    }

    /// Splits units `firstUnit ..< firstUnit + quantity` over the bands of the set's tier ladder.
    func graduatedBands(setIndex: Int, context: PreparedContext, firstUnit: Int64, quantity: Int64,
                        reached: CalculatedPriceSet) -> [GraduatedBand] {
        let lastUnit = firstUnit + quantity - 1
        var bands: [GraduatedBand] = []
        var next = firstUnit
        for step in ladderSteps(setIndex: setIndex, context: context) {
            let stepEnd = step.to ?? Int64.max
            guard stepEnd >= next, step.from <= lastUnit else { continue }
            if step.from > next {
                // Positions no price covers: charged at the reached price.
                bands.append(GraduatedBand(fromUnit: next, toUnit: step.from - 1, unitAmount: reached.calculatedAmount,
                                           priceId: reached.calculated.id))
                next = step.from
            }
            let to = min(stepEnd, lastUnit)
            let chunk = step.selection.chunk
            bands.append(GraduatedBand(fromUnit: next, toUnit: to, unitAmount: chunk.amount(step.selection.calculated),
                                       priceId: chunk.priceId(step.selection.calculated)))
            next = to + 1
            if next > lastUnit { break }
        }
        if next <= lastUnit {
            bands.append(GraduatedBand(fromUnit: next, toUnit: lastUnit, unitAmount: reached.calculatedAmount,
                                       priceId: reached.calculated.id))
        }
        return bands
    }
}

extension PricedCartLine {
    static func unpriced(_ index: Int, _ line: CartLine, _ status: Status, _ violations: [QuantityViolation],
                         _ configuration: PricingConfiguration) -> PricedCartLine {
        PricedCartLine(index: index, variantId: line.variantId, quantity: line.quantity, status: status, choice: nil,
                       tierQuantity: line.quantity, tierAggregation: configuration.defaultTierAggregation,
                       tierPricing: configuration.defaultTierPricing, unitPrice: nil, compareAtUnitPrice: nil,
                       total: nil, presentedTotal: nil, bands: [], isTaxInclusive: false,
                       quantityViolations: violations, nextTier: nil)
    }
}
