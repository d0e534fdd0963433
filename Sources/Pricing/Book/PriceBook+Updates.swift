extension PriceBook {
    /// The next generation with `delta` applied. Only the chunks (256 sets each) that hold a
    /// replaced set are rebuilt; all other chunks are shared with `self`, which stays valid for
    /// readers that still hold it. Price lists, being few, are rebuilt as a table when any change.
    public func applying(_ delta: PriceBookDelta) -> PriceBook {
        var next = self
        next.generation += 1
        if !delta.priceLists.isEmpty {
            next.upsertListSources(delta.priceLists, rules: delta.priceListRules)
            next.rebuildListTable()
        }
        if let preferences = delta.pricePreferences { next.preferences = TaxPreferences(rows: preferences) }

        var replacementsByChunk: [Int: [Int: [StagedPrice]]] = [:]
        for replacement in delta.priceSets {
            let set = next.registerPriceSet(replacement.priceSetId)
            var rulesByPrice: [String: [PriceRuleRow]] = [:]
            for rule in replacement.rules where !rule.isDeleted { rulesByPrice[rule.priceId, default: []].append(rule) }
            var staged: [StagedPrice] = []
            for price in replacement.prices where !price.isDeleted {
                guard price.priceSetId == replacement.priceSetId else {
                    next.issues.append(PriceBookIssue(kind: .priceOfOtherSet, id: price.id,
                                                      detail: "price of \(price.priceSetId) sent in the replacement of \(replacement.priceSetId)"))
                    continue
                }
                staged.append(StagedPrice(row: price, rules: rulesByPrice[price.id] ?? []))
            }
            replacementsByChunk[set >> PriceChunk.shift, default: [:]][set & (PriceChunk.capacity - 1)] = staged
        }
        for id in delta.removedPriceSetIds {
            guard let set = next.priceSetIds.id(of: id) else { continue }
            next.priceSetKnown[Int(set)] = false
            replacementsByChunk[Int(set) >> PriceChunk.shift, default: [:]][Int(set) & (PriceChunk.capacity - 1)] = []
        }
        for (c, replacements) in replacementsByChunk.sorted(by: { $0.key < $1.key }) {
            while next.chunks.count <= c { next.chunks.append(.empty) }
            let old = next.chunks[c]
            let setsInChunk = min(PriceChunk.capacity, next.priceSetIds.count - c * PriceChunk.capacity)
            let sources: [ChunkSetSource] = (0..<setsInChunk).map { local in
                if let staged = replacements[local] { return .staged(staged) }
                return .kept(old, local: local)
            }
            next.chunks[c] = next.assembleChunk(sources: sources)
        }
        next.linkVariants(delta.variantPriceSets)
        next.assignProducts(delta.productVariants)
        return next
    }
}
