/// One leaf of the category tree and the words that products filed under it are made of.
///
/// `path` has exactly three levels (domain, group, leaf); `nouns`, `materials` and `modifiers`
/// are ordered most common first, since the generator draws them with Zipf weights. `specs`
/// are optional technical words placed after the product line ("10x42", "16-inch"); empty
/// when the leaf has none. `medianPriceCents` is the typical euro price in cents.
struct CategoryLeaf: Sendable {
    let domain: Domain
    let path: [String]
    let nouns: [String]
    let materials: [String]
    let modifiers: [String]
    let sizes: SizeSystem
    let medianPriceCents: Int
    let specs: [String]

    init(
        _ domain: Domain, _ group: String, _ leaf: String,
        nouns: [String], materials: [String], modifiers: [String],
        sizes: SizeSystem, medianPriceCents: Int, specs: [String] = []
    ) {
        self.domain = domain
        self.path = [domain.name, group, leaf]
        self.nouns = nouns
        self.materials = materials
        self.modifiers = modifiers
        self.sizes = sizes
        self.medianPriceCents = medianPriceCents
        self.specs = specs
    }

    /// The audience word a title may carry, from the middle level of the path ("Men" → "Men's").
    var audience: String? {
        guard domain.namesAudience else { return nil }
        switch path[1] {
        case "Men": return "Men's"
        case "Women": return "Women's"
        case "Kids": return "Kids'"
        default: return nil
        }
    }
}
