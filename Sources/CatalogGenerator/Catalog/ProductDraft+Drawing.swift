extension ProductDraft {
    /// 1 January 2019, 00:00 UTC: the earliest `created_at`.
    static let firstCreatedAt = 1_546_300_800
    /// About six and a half years of seconds: the span of `created_at`.
    static let createdAtSpan = 205_000_000

    /// Price multipliers in percent: 32 quantiles of a log-normal with σ = 0.5 around the leaf's median.
    private static let priceSpreadPercent = [
        34, 43, 49, 54, 58, 62, 66, 70, 73, 77, 80, 84, 87, 91, 94, 98,
        102, 106, 110, 115, 120, 125, 131, 137, 144, 151, 161, 171, 185, 203, 231, 294,
    ]
    /// How many modifiers a title gets, drawn uniformly from this list.
    private static let modifierCounts = [0, 1, 1, 2]
    /// Chance in percent of 1, 2, 3 and 4 variants.
    private static let variantCountPercent = [66, 20, 9, 5]

    /// Fills the draft with product `index` of the catalog of `seed`; depends on nothing else.
    mutating func draw(index: Int, tables: CatalogTables, seed: UInt64) {
        var random = SeededRandom(seed: seed, stream: UInt64(index))
        self.index = index
        leaf = tables.leafDraw.draw(&random)
        let leaf = tables.leaves[self.leaf]
        brand = tables.brandDraw.draw(&random)
        line = tables.lineDraw.draw(&random)
        noun = leaf.nounDraw.draw(&random)
        material = leaf.materialDraw.draw(&random)
        drawModifiers(leaf: leaf, random: &random)
        spec = !leaf.specs.isEmpty && random.chance(percent: 60) ? random.below(leaf.specs.count) : -1
        modelCode = leaf.domain.hasModelCodes && random.chance(percent: 55)
            ? (letter: random.below(26), number: 100 + random.below(900)) : nil
        showsAudience = leaf.audience != nil && random.chance(percent: 60)
        showsMaterial = !leaf.materialInNoun[noun][material]
            && random.chance(percent: leaf.domain.titlesMaterial ? 80 : 35)
        color = tables.colorDraw.draw(&random)
        showsColor = random.chance(percent: 35)
        let basePriceCents = leaf.medianPriceCents
            * ProductDraft.priceSpreadPercent[random.below(ProductDraft.priceSpreadPercent.count)] / 100
        merchandisingTags.removeAll(keepingCapacity: true)
        for _ in 0..<random.below(3) {
            let tag = tables.tagDraw.draw(&random)
            if !merchandisingTags.contains(tag) { merchandisingTags.append(tag) }
        }
        drawVariants(basePriceCents: basePriceCents, leaf: leaf, tables: tables, random: &random)
        priceCents = variantPriceCents.min() ?? ProductDraft.charmPrice(basePriceCents)
        createdAt = ProductDraft.firstCreatedAt + random.below(ProductDraft.createdAtSpan)
        ratingTenths = min(50, max(10, 41 + random.within(-5...5) + random.within(-5...5) + random.within(-4...4)))
        inStock = random.chance(percent: 87)
    }

    /// Rounds to a whole euro minus one cent ("24.99"), never below 0.99.
    static func charmPrice(_ cents: Int) -> Int {
        max(99, (cents + 50) / 100 * 100 - 1)
    }

    private mutating func drawModifiers(leaf: CatalogTables.Leaf, random: inout SeededRandom) {
        modifiers.removeAll(keepingCapacity: true)
        let wanted = ProductDraft.modifierCounts[random.below(ProductDraft.modifierCounts.count)]
        for _ in 0..<wanted {
            let modifier = leaf.modifierDraw.draw(&random)
            if !modifiers.contains(modifier) { modifiers.append(modifier) }
        }
    }

    /// Variants are the first `count` pairs of (colour, size), colour-major, over a run of
    /// consecutive sizes and as many distinct colours as the count needs.
    private mutating func drawVariants(basePriceCents: Int, leaf: CatalogTables.Leaf, tables: CatalogTables, random: inout SeededRandom) {
        var count = 1
        var roll = random.below(100)
        for (candidate, percent) in ProductDraft.variantCountPercent.enumerated() {
            if roll < percent {
                count = candidate + 1
                break
            }
            roll -= percent
        }
        let available = leaf.sizes.count
        sizeCount = available == 1 ? 1 : 1 + random.below(min(count, available))
        firstSize = random.below(available - sizeCount + 1)
        let colorCount = (count + sizeCount - 1) / sizeCount

        variantColors.removeAll(keepingCapacity: true)
        variantSizes.removeAll(keepingCapacity: true)
        variantPriceCents.removeAll(keepingCapacity: true)
        var colorsUsed = 0
        var nextColor = color
        while variantPriceCents.count < count && colorsUsed < colorCount {
            for size in firstSize..<(firstSize + sizeCount) where variantPriceCents.count < count {
                variantColors.append(nextColor)
                variantSizes.append(size)
                variantPriceCents.append(ProductDraft.charmPrice(basePriceCents * (100 + leaf.surchargePercent[size]) / 100))
            }
            colorsUsed += 1
            nextColor = distinctColor(tables: tables, random: &random)
        }
    }

    /// A colour not yet used by this product's variants.
    private func distinctColor(tables: CatalogTables, random: inout SeededRandom) -> Int {
        for _ in 0..<4 {
            let candidate = tables.colorDraw.draw(&random)
            if !variantColors.contains(candidate) { return candidate }
        }
        var candidate = random.below(tables.colors.count)
        while variantColors.contains(candidate) { candidate = (candidate + 1) % tables.colors.count }
        return candidate
    }
}
