extension PriceBook {
    /// Builds a book from table rows.
    ///
    /// Soft-deleted rows are ignored; `rules_count` of prices is derived from the live
    /// `price_rule` rows (§2.11 #3); currency codes are lower-cased. Rows with broken references
    /// are skipped and listed in ``issues``. Throws only for an invalid configuration.
    public init(rows: PriceBookRows, configuration: PricingConfiguration = PricingConfiguration()) throws(PricingError) {
        try configuration.validate()
        self.init(configuration: configuration)
        upsertListSources(rows.priceLists, rules: rows.priceListRules)
        rebuildListTable()
        preferences = TaxPreferences(rows: rows.pricePreferences)

        for row in rows.priceSets where !row.isDeleted { registerPriceSet(row.id) }
        let livePrices = rows.prices.filter { !$0.isDeleted }
        for price in livePrices { registerPriceSet(price.priceSetId) }

        let rulesByPrice = rulesGroupedByPrice(rows.priceRules)
        // Counting sort of prices by set index, then one chunk per 256 sets.
        var perSet = [[Int]](repeating: [], count: priceSetIds.count)
        var seenPriceIds = Set<String>(minimumCapacity: livePrices.count)
        for (i, price) in livePrices.enumerated() {
            guard seenPriceIds.insert(price.id).inserted else {
                issues.append(PriceBookIssue(kind: .duplicateId, id: price.id, detail: "price id appears twice; first kept"))
                continue
            }
            guard let set = priceSetIds.id(of: price.priceSetId) else { continue }
            perSet[Int(set)].append(i)
        }
        let deletedPriceIds = Set(rows.prices.lazy.filter(\.isDeleted).map(\.id))
        for priceId in rulesByPrice.keys where !seenPriceIds.contains(priceId) && !deletedPriceIds.contains(priceId) {
            issues.append(PriceBookIssue(kind: .ruleOfUnknownPrice, id: priceId, detail: "price_rule rows of an unknown price"))
        }
        seenPriceIds = []
        let chunkCount = (priceSetIds.count + PriceChunk.capacity - 1) / PriceChunk.capacity
        chunks.reserveCapacity(chunkCount)
        for c in 0..<chunkCount {
            let range = (c * PriceChunk.capacity)..<min(priceSetIds.count, (c + 1) * PriceChunk.capacity)
            let staged = range.map { set in
                perSet[set].map { StagedPrice(row: livePrices[$0], rules: rulesByPrice[livePrices[$0].id] ?? []) }
            }
            chunks.append(assembleChunk(staged))
        }
        linkVariants(rows.variantPriceSets)
        assignProducts(rows.productVariants)
    }

    /// Registers a price set id (idempotent) and returns its dense index.
    @discardableResult
    mutating func registerPriceSet(_ id: String) -> Int {
        let index = Int(priceSetIds.intern(id))
        if index == priceSetKnown.count { priceSetKnown.append(true) } else { priceSetKnown[index] = true }
        return index
    }

    /// Live rule rows grouped by price id.
    func rulesGroupedByPrice(_ rules: [PriceRuleRow]) -> [String: [PriceRuleRow]] {
        var grouped: [String: [PriceRuleRow]] = [:]
        for rule in rules where !rule.isDeleted { grouped[rule.priceId, default: []].append(rule) }
        return grouped
    }

    /// Applies `product_variant_price_set` rows (later rows win; deleted rows unlink).
    mutating func linkVariants(_ links: [VariantPriceSetRow]) {
        for link in links {
            if link.isDeleted {
                if let h = variants.id(of: link.variantId) { variantSets[Int(h)] = -1 }
                continue
            }
            guard let set = priceSetIds.id(of: link.priceSetId), priceSetKnown[Int(set)] else {
                issues.append(PriceBookIssue(kind: .linkToUnknownPriceSet, id: link.variantId,
                                             detail: "price_set_id \(link.priceSetId)"))
                continue
            }
            variantSets[registerVariant(link.variantId)] = Int32(set)
        }
    }

    /// The handle of a variant id, adding it (unlinked, no product) when new.
    mutating func registerVariant(_ id: String) -> Int {
        let h = Int(variants.intern(id))
        if h == variantSets.count {
            variantSets.append(-1)
            variantProducts.append(-1)
        }
        return h
    }

    /// Applies `product_variant (id, product_id)` rows.
    mutating func assignProducts(_ rows: [ProductVariantRow]) {
        for row in rows {
            variantProducts[registerVariant(row.variantId)] = Int32(productIds.intern(row.productId))
        }
    }
}
