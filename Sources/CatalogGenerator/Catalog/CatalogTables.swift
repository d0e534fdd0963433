/// Everything the per-product path reads, built once per seed: vocabulary pre-escaped to JSON
/// bytes, Zipf tables for each ranked list, and the seed's brand book.
///
/// Immutable and shared by reference, so copying a `CatalogGenerator` is cheap and safe across
/// threads. Leaves are ranked in a seeded order, so which departments dominate varies by seed.
final class CatalogTables: Sendable {
    /// One category leaf in byte form.
    struct Leaf: Sendable {
        let domain: Domain
        /// The ancestor paths "A", "A > B", "A > B > C".
        let categoryPaths: [[UInt8]]
        let nouns: [[UInt8]]
        let nounsLower: [[UInt8]]
        let materials: [[UInt8]]
        let materialsLower: [[UInt8]]
        let modifiers: [[UInt8]]
        let modifiersLower: [[UInt8]]
        let specs: [[UInt8]]
        let audience: [UInt8]?
        let sizes: [[UInt8]]
        let sizeCodes: [[UInt8]]
        let surchargePercent: [Int]
        let medianPriceCents: Int
        /// `materialInNoun[noun][material]`: the noun already names the material ("Linen Fabric").
        let materialInNoun: [[Bool]]
        let nounDraw: ZipfTable
        let materialDraw: ZipfTable
        let modifierDraw: ZipfTable

        init(_ leaf: CategoryLeaf) {
            domain = leaf.domain
            categoryPaths = (1...leaf.path.count).map { JSONText.escaped(leaf.path.prefix($0).joined(separator: " > ")) }
            nouns = leaf.nouns.map(JSONText.escaped)
            nounsLower = leaf.nouns.map { JSONText.escaped($0.lowercased()) }
            materials = leaf.materials.map(JSONText.escaped)
            materialsLower = leaf.materials.map { JSONText.escaped($0.lowercased()) }
            modifiers = leaf.modifiers.map(JSONText.escaped)
            modifiersLower = leaf.modifiers.map { JSONText.escaped($0.lowercased()) }
            specs = leaf.specs.map(JSONText.escaped)
            audience = leaf.audience.map(JSONText.escaped)
            sizes = leaf.sizes.sizes.map(JSONText.escaped)
            sizeCodes = leaf.sizes.skuCodes.map { Array($0.utf8) }
            surchargePercent = leaf.sizes.surchargePercent
            medianPriceCents = leaf.medianPriceCents
            materialInNoun = leaf.nouns.map { noun in
                leaf.materials.map { noun.lowercased().contains($0.lowercased()) }
            }
            nounDraw = ZipfTable(count: leaf.nouns.count, exponent: 0.8)
            materialDraw = ZipfTable(count: leaf.materials.count, exponent: 1.0)
            modifierDraw = ZipfTable(count: leaf.modifiers.count, exponent: 0.9)
        }
    }

    let leaves: [Leaf]
    let leafDraw: ZipfTable
    let brandBook: BrandBook
    let brandDraw: ZipfTable
    let lineDraw: ZipfTable
    let colors: [[UInt8]]
    let colorCodes: [[UInt8]]
    let colorDraw: ZipfTable
    let tags: [[UInt8]]
    let tagDraw: ZipfTable
    let descriptionWords: [[UInt8]]
    let descriptionWordDraw: ZipfTable
    let templates: [DescriptionTemplate]

    init(seed: UInt64) {
        var random = SeededRandom(seed: seed, stream: 0, salt: 0x1EAF)
        leaves = Vocabulary.leaves.shuffled(using: &random).map(Leaf.init)
        leafDraw = ZipfTable(count: leaves.count, exponent: 0.8)
        brandBook = BrandBook(seed: seed)
        brandDraw = ZipfTable(count: BrandBook.brandsPerDomain, exponent: 1.05)
        lineDraw = ZipfTable(count: BrandBook.linesPerBrand, exponent: 0.9)
        colors = Vocabulary.colors.map { JSONText.escaped($0.name) }
        colorCodes = Vocabulary.colors.map { Array($0.code.utf8) }
        colorDraw = ZipfTable(count: colors.count, exponent: 1.0)
        tags = Vocabulary.merchandisingTags.map(JSONText.escaped)
        tagDraw = ZipfTable(count: tags.count, exponent: 1.0)
        descriptionWords = Vocabulary.descriptionWords.map(JSONText.escaped)
        descriptionWordDraw = ZipfTable(count: descriptionWords.count, exponent: 0.9)
        templates = Vocabulary.descriptionTemplates.map(DescriptionTemplate.init)
    }
}
