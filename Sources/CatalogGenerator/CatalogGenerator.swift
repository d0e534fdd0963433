public import LoupeJSON

/// A deterministic, seeded synthetic e-commerce catalog: products with title, description, brand,
/// category paths, tags, colour, sizes, material, 1–4 priced variants, creation time, rating and
/// stock, across apparel, footwear, electronics, home, optics/eyewear and fabrics.
///
/// Product `i` depends only on `(seed, i)`, so a smaller catalog is a prefix of a larger one and
/// any slice can be generated on its own. Brands, product lines, leaves, colours, materials and
/// description words follow Zipf-like frequencies. `productsNDJSON(range:)` is the fast path
/// (bytes, one compact object per line); `product(at:)` parses the same bytes into a `JSONValue`.
/// Indices must lie in `0..<maximumProductCount`; others are rejected with a typed error.
public struct CatalogGenerator: Sendable {
    /// The largest catalog the generator makes (ids keep their width up to it).
    public static let maximumProductCount = 10_000_000

    public let seed: UInt64
    let tables: CatalogTables

    public init(seed: UInt64 = 42) {
        self.seed = seed
        tables = CatalogTables(seed: seed)
    }

    /// Product `index` as a JSON object.
    public func product(at index: Int) throws(CatalogGenerationError) -> JSONValue {
        guard (0..<CatalogGenerator.maximumProductCount).contains(index) else {
            throw .productIndexOutOfRange(index: index, limit: CatalogGenerator.maximumProductCount)
        }
        let line = try productsNDJSON(range: index..<(index + 1))
        do {
            return try JSONParser.parse(line)
        } catch {
            fatalError("the generator wrote invalid JSON for product \(index): \(error)")
        }
    }

    /// Products `range` as NDJSON: one compact JSON object per product, each line ending in `\n`.
    public func productsNDJSON(range: Range<Int>) throws(CatalogGenerationError) -> [UInt8] {
        try CatalogGenerator.validate(range: range)
        var encoder = RowEncoder(reservingCapacity: range.count * 640)
        var draft = ProductDraft()
        for index in range {
            draft.draw(index: index, tables: tables, seed: seed)
            draft.encode(into: &encoder, tables: tables, seed: seed)
        }
        return encoder.bytes
    }

    /// Groups of words a shopper uses interchangeably ("tee" / "t-shirt"), all lower case.
    public var synonymGroups: [[String]] { Vocabulary.synonymGroups }

    /// The synonym groups as a Meilisearch `synonyms` setting: every word maps to the other
    /// words of its group (mutual synonyms).
    public static let demoSynonyms: [String: [String]] = {
        var synonyms: [String: [String]] = [:]
        for group in Vocabulary.synonymGroups {
            for word in group { synonyms[word, default: []] += group.filter { $0 != word } }
        }
        return synonyms
    }()

    /// The id of product `index`: `p0000042`.
    public static func productID(at index: Int) -> String { CatalogIDs.product(index) }

    /// The id of variant `number` (1-based) of product `index`: `variant_p0000042_1`.
    public static func variantID(productIndex index: Int, number: Int) -> String {
        CatalogIDs.variantScoped("variant_", product: index, variant: number)
    }

    /// The price set of that variant: `pset_p0000042_1`.
    public static func priceSetID(productIndex index: Int, number: Int) -> String {
        CatalogIDs.variantScoped("pset_", product: index, variant: number)
    }

    static func validate(productCount: Int) throws(CatalogGenerationError) {
        guard (1...maximumProductCount).contains(productCount) else {
            throw .productCountOutOfRange(count: productCount, limit: maximumProductCount)
        }
    }

    static func validate(range: Range<Int>) throws(CatalogGenerationError) {
        guard range.lowerBound >= 0 else {
            throw .productIndexOutOfRange(index: range.lowerBound, limit: maximumProductCount)
        }
        guard range.upperBound <= maximumProductCount else {
            throw .productIndexOutOfRange(index: range.upperBound - 1, limit: maximumProductCount)
        }
    }
}
