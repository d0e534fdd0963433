extension PriceBook {
    /// Medusa's `calculatePrices({ id: priceSetIds }, { context })` (§2): one entry per priced set
    /// in request order. Unknown ids are reported in `missingIds`; known sets with no eligible
    /// price in `unpricedIds`. Duplicate ids are priced once per occurrence.
    public func resolve(priceSetIds: [String], context: PricingContext,
                        at now: PricingInstant = .now()) -> PriceResolution {
        let prepared = PreparedContext(context, book: self, now: now)
        let quantities = TierQuantities(uniform: context.quantity)
        var priced: [CalculatedPriceSet] = []
        var missing: [String] = []
        var unpriced: [String] = []
        priced.reserveCapacity(priceSetIds.count)
        for id in priceSetIds {
            guard let set = priceSetIndex(of: id) else {
                missing.append(id)
                continue
            }
            guard let selection = selectPrice(setIndex: set, context: prepared, quantities: quantities) else {
                unpriced.append(id)
                continue
            }
            priced.append(calculatedPriceSet(id: id, selection, context: prepared))
        }
        return PriceResolution(priceSets: priced, missingIds: missing, unpricedIds: unpriced)
    }

    /// Like ``resolve(priceSetIds:context:at:)`` but by variant id (through
    /// `product_variant_price_set`); `missingIds` lists variants without a known price set and
    /// `CalculatedPriceSet.id` is the price set id.
    public func resolve(variantIds: [String], context: PricingContext,
                        at now: PricingInstant = .now()) -> PriceResolution {
        var setIds: [String] = []
        var missing: [String] = []
        for variant in variantIds {
            if let set = priceSetIndex(ofVariant: variant) { setIds.append(priceSetIds[UInt32(set)]) } else {
                missing.append(variant)
            }
        }
        let resolution = resolve(priceSetIds: setIds, context: context, at: now)
        return PriceResolution(priceSets: resolution.priceSets, missingIds: missing + resolution.missingIds,
                               unpricedIds: resolution.unpricedIds)
    }

    /// Prices many variants (search hits) with one context: one entry per input, nil when the
    /// variant is unknown or has no eligible price. No strings are built. Prefer
    /// ``resolveBatch(handles:context:at:)`` when the caller can keep ``VariantHandle``s.
    public func resolveBatch(variantIds: [String], context: PricingContext,
                             at now: PricingInstant = .now()) -> [ResolvedPrice?] {
        let prepared = PreparedContext(context, book: self, now: now)
        return resolveBatch(sets: variantIds.map { priceSetIndex(ofVariant: $0) ?? -1 }, context: prepared)
    }

    /// ``resolveBatch(variantIds:context:at:)`` by handle (see ``VariantHandle``): no id is
    /// hashed. Handles out of range or of unlinked variants give nil.
    public func resolveBatch(handles: [VariantHandle], context: PricingContext,
                             at now: PricingInstant = .now()) -> [ResolvedPrice?] {
        let prepared = PreparedContext(context, book: self, now: now)
        return resolveBatch(sets: handles.map { priceSetIndex(ofHandle: $0.rawValue) ?? -1 }, context: prepared)
    }

    /// Works in passes (set lookups, then a touch of every set's prices, then selection) so the
    /// memory loads of different hits overlap instead of waiting one after another.
    func resolveBatch(sets: [Int], context prepared: PreparedContext) -> [ResolvedPrice?] {
        let quantities = TierQuantities(uniform: prepared.quantity)
        warm(sets)
        return sets.map { set in
            guard set >= 0, let selection = selectPrice(setIndex: set, context: prepared, quantities: quantities) else {
                return nil
            }
            return resolvedPrice(selection, context: prepared)
        }
    }

    /// Loads the prices (every cache line) and the first rule of each set, in two passes over all sets
    /// (bounds, then contents), so that the selection pass finds them in cache.
    func warm(_ sets: [Int]) {
        var bounds = [(start: Int32, end: Int32)](repeating: (0, 0), count: sets.count)
        for (k, set) in sets.enumerated() where set >= 0 {
            let c = set >> PriceChunk.shift
            guard c < chunks.count else { continue }
            let range = chunks[c].priceRange(ofLocalSet: set & (PriceChunk.capacity - 1))
            bounds[k] = (Int32(range.lowerBound), Int32(range.upperBound))
        }
        var sink: UInt32 = 0
        let stride = max(1, 64 / MemoryLayout<PriceRecord>.stride)
        for (k, set) in sets.enumerated() where bounds[k].start < bounds[k].end {
            let chunk = chunks[set >> PriceChunk.shift]
            let firstRule = chunk.prices.withUnsafeBufferPointer { p in
                var i = Int(bounds[k].start)
                while i < Int(bounds[k].end) {
                    sink &+= p[i].ruleStart
                    i += stride
                }
                sink &+= p[Int(bounds[k].end) - 1].ruleStart
                return Int(p[Int(bounds[k].start)].ruleStart)
            }
            if firstRule < chunk.rules.count { sink &+= chunk.rules[firstRule].attribute }
        }
        withExtendedLifetime(sink) {}
    }

    func resolvedPrice(_ s: PriceSelection, context: PreparedContext) -> ResolvedPrice {
        let calculated = s.chunk.prices[s.calculated]
        let listType: PriceListType? = calculated.isBasePrice ? nil : lists.records[Int(calculated.listIndex)].type
        return ResolvedPrice(
            calculatedAmount: s.chunk.amount(s.calculated),
            originalAmount: s.original >= 0 ? s.chunk.amount(s.original) : nil,
            isCalculatedPricePriceList: !calculated.isBasePrice,
            calculatedPriceListType: listType,
            isCalculatedPriceTaxInclusive: isTaxInclusive(s.chunk, s.calculated, context: context),
            isOriginalPriceTaxInclusive: s.original >= 0 ? isTaxInclusive(s.chunk, s.original, context: context) : false)
    }

    func calculatedPriceSet(id: String, _ s: PriceSelection, context: PreparedContext) -> CalculatedPriceSet {
        CalculatedPriceSet(id: id, currencyCode: context.currencyCode,
                           calculated: chosenPrice(s.chunk, s.calculated, context: context),
                           original: s.original >= 0 ? chosenPrice(s.chunk, s.original, context: context) : nil)
    }

    func chosenPrice(_ chunk: PriceChunk, _ index: Int, context: PreparedContext) -> ChosenPrice {
        ChosenPrice(chunk, index, lists: lists, isTaxInclusive: isTaxInclusive(chunk, index, context: context))
    }
}

extension ChosenPrice {
    /// Price `index` of `chunk` with its list's id and type and its echoed quantity bounds.
    init(_ chunk: PriceChunk, _ index: Int, lists: PriceListTable, isTaxInclusive: Bool) {
        let price = chunk.prices[index]
        let bounds = chunk.echoedBounds(index)
        let list: Int? = price.isBasePrice ? nil : Int(price.listIndex)
        self.init(id: chunk.priceId(index), amount: chunk.amount(index), rawPrecision: Int(price.rawPrecision),
                  priceListId: list.map { lists.ids[UInt32($0)] }, priceListType: list.map { lists.records[$0].type },
                  minQuantity: bounds.min, maxQuantity: bounds.max, isTaxInclusive: isTaxInclusive)
    }
}
