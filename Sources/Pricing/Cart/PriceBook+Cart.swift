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
        let groups = CartGroups(lines: lines, book: self, needsProducts: usesProductAggregation)
        // Passes over all lines (prices, then selections, then their ids) so that memory loads of
        // different lines overlap; the last pass builds the output from cache.
        warm(groups.sets.map { $0 ?? -1 })
        let selections = lines.indices.map { i in
            groups.sets[i].flatMap { set in selectPrice(setIndex: set, context: prepared, quantities: groups.quantities(ofLine: i)) }
        }
        warmIds(selections)
        let exponent = CurrencyExponent.exponent(for: context.currencyCode, overrides: configuration.currencyExponents)
        let rounding = configuration.rounding

        var priced: [PricedCartLine] = []
        priced.reserveCapacity(lines.count)
        var subtotal = ExactDecimal.zero
        var compareAtSubtotal = ExactDecimal.zero
        for (i, line) in lines.enumerated() {
            let violations = configuration.quantityRules.isEmpty
                ? [] : configuration.quantityRules[line.variantId]?.violations(of: line.quantity) ?? []
            let quantities = groups.quantities(ofLine: i)
            guard let set = groups.sets[i] else {
                priced.append(.unpriced(i, line, .unknownVariant, violations, configuration))
                continue
            }
            guard let selection = selections[i] else {
                priced.append(.unpriced(i, line, .noPrice, violations, configuration))
                continue
            }
            let chosen = selection.chunk.prices[selection.calculated]
            let list: PriceListRecord? = chosen.isBasePrice ? nil : lists.records[Int(chosen.listIndex)]
            let aggregation = list?.tierAggregation ?? configuration.defaultTierAggregation
            let pricing = list?.tierPricing ?? configuration.defaultTierPricing
            let price = calculatedPriceSet(id: priceSetIds[UInt32(set)], selection, context: prepared)

            var bands: [GraduatedBand] = []
            let total: ExactDecimal
            if pricing == .graduated {
                bands = graduatedBands(setIndex: set, context: prepared, firstUnit: groups.offset(ofLine: i, aggregation) + 1,
                                       quantity: line.quantity, reached: price)
                var sum = ExactDecimal.zero
                for band in bands { sum = try sum.adding(band.unitAmount.multiplied(by: band.units)) }
                total = sum
            } else {
                total = try price.calculatedAmount.multiplied(by: line.quantity)
            }
            let compareAt = Self.compareAtUnitPrice(price)
            var compareAtTotal = total
            if let compareAt { compareAtTotal = try compareAt.multiplied(by: line.quantity) }
            subtotal = try subtotal.adding(total)
            compareAtSubtotal = try compareAtSubtotal.adding(compareAtTotal)
            let hint = options.includeTierHints
                ? nextTierHint(setIndex: set, context: prepared, after: quantities.quantity(for: aggregation) ?? line.quantity)
                : nil
            priced.append(PricedCartLine(
                index: i, variantId: line.variantId, quantity: line.quantity, status: .priced, price: price,
                tierQuantity: quantities.quantity(for: aggregation) ?? line.quantity,
                tierAggregation: aggregation, tierPricing: pricing,
                unitPrice: bands.count > 1 ? nil : (bands.first?.unitAmount ?? price.calculatedAmount),
                compareAtUnitPrice: compareAt, total: total,
                presentedTotal: total.presented(scale: exponent, rule: rounding),
                bands: bands, isTaxInclusive: price.isCalculatedPriceTaxInclusive,
                quantityViolations: violations, nextTier: hint))
        }
        return CartPricing(currencyCode: context.currencyCode, currencyExponent: exponent, lines: priced,
                           subtotal: subtotal, compareAtSubtotal: compareAtSubtotal,
                           presentedSubtotal: subtotal.presented(scale: exponent, rule: rounding),
                           presentedCompareAtSubtotal: compareAtSubtotal.presented(scale: exponent, rule: rounding))
    }

    /// Medusa's `compare_at_unit_price`: the original amount when the calculated price is from a
    /// sale list and differs from the original.
    static func compareAtUnitPrice(_ price: CalculatedPriceSet) -> ExactDecimal? {
        guard price.calculated.priceListType == .sale, let original = price.original,
              original.amount != price.calculatedAmount else { return nil }
        return original.amount
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
            bands.append(GraduatedBand(fromUnit: next, toUnit: to, unitAmount: chunk.prices[step.selection.calculated].amount,
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

extension PriceBook {
    /// Loads the id bytes and list ids of the chosen prices (see ``warm(_:)``).
    func warmIds(_ selections: [PriceSelection?]) {
        var sink: UInt8 = 0
        for selection in selections {
            guard let s = selection else { continue }
            touchId(s.chunk, s.calculated, &sink)
            if s.original >= 0 && s.original != s.calculated { touchId(s.chunk, s.original, &sink) }
        }
        withExtendedLifetime(sink) {}
    }

    @inline(__always)
    private func touchId(_ chunk: PriceChunk, _ index: Int, _ sink: inout UInt8) {
        let start = index == 0 ? 0 : Int(chunk.idEnds[index - 1])
        if start < chunk.idBytes.count { sink &+= chunk.idBytes[start] }
        let list = chunk.prices[index].listIndex
        if list >= 0 { sink &+= lists.ids[UInt32(list)].utf8.first ?? 0 }
    }
}

extension PricedCartLine {
    static func unpriced(_ index: Int, _ line: CartLine, _ status: Status, _ violations: [QuantityViolation],
                         _ configuration: PricingConfiguration) -> PricedCartLine {
        PricedCartLine(index: index, variantId: line.variantId, quantity: line.quantity, status: status, price: nil,
                       tierQuantity: line.quantity, tierAggregation: configuration.defaultTierAggregation,
                       tierPricing: configuration.defaultTierPricing, unitPrice: nil, compareAtUnitPrice: nil,
                       total: nil, presentedTotal: nil, bands: [], isTaxInclusive: false,
                       quantityViolations: violations, nextTier: nil)
    }
}
