/// The fixed word lists of the synthetic catalog: the category tree with its nouns, materials and
/// modifiers (one file per domain), colours, tags, description words and synonym groups.
///
/// Every list is ordered most frequent first, because the generator draws from it with Zipf
/// weights. Brands and product lines are not listed here: they are invented from `syllables`
/// and `lineWords` per seed (see `BrandBook`).
enum Vocabulary {
    /// All leaves of the category tree, domain by domain.
    static let leaves: [CategoryLeaf] =
        apparelLeaves + footwearLeaves + electronicsLeaves + homeLeaves + opticsLeaves + fabricsLeaves
}
