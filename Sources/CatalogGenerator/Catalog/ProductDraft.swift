/// The drawn facts of one product, as indices into `CatalogTables` and integer amounts, before
/// any JSON is written.
///
/// A draft is filled in place (`draw(index:tables:seed:)`) so its small arrays keep their storage
/// from one product to the next. Prices are integer euro cents; `variantPriceCents[n]` belongs to
/// the variant numbered `n + 1`. The description is not part of the draft: it is drawn from its
/// own stream while rendering, so pricing code can draw drafts without paying for text.
struct ProductDraft {
    var index = 0
    var leaf = 0
    var brand = 0
    var line = 0
    var noun = 0
    var material = 0
    var modifiers: [Int] = []
    /// Index into the leaf's `specs`, or -1.
    var spec = -1
    /// A model code such as "K420" (letter index, number), or nil.
    var modelCode: (letter: Int, number: Int)?
    var showsAudience = false
    var showsMaterial = false
    var showsColor = false
    var color = 0
    /// The lowest variant price: what the shop shows as "from".
    var priceCents = 0
    var firstSize = 0
    var sizeCount = 1
    var merchandisingTags: [Int] = []
    var variantColors: [Int] = []
    var variantSizes: [Int] = []
    var variantPriceCents: [Int] = []
    var createdAt = 0
    var ratingTenths = 0
    var inStock = true

    init() {
        modifiers.reserveCapacity(2)
        merchandisingTags.reserveCapacity(2)
        variantColors.reserveCapacity(ProductDraft.maximumVariants)
        variantSizes.reserveCapacity(ProductDraft.maximumVariants)
        variantPriceCents.reserveCapacity(ProductDraft.maximumVariants)
    }

    static let maximumVariants = 4
    var variantCount: Int { variantPriceCents.count }
}
