/// A search query made from one generated product, with the product it is meant to find.
public struct CatalogQuery: Sendable, Equatable {
    /// How the query was made from the product's title.
    public enum Kind: String, Sendable, CaseIterable {
        /// The whole title.
        case exact
        /// The first words of the title, the last one cut short (search-as-you-type).
        case prefix
        /// The title with one edit (insert, delete, substitute, transpose) in a word of ≥ 5 letters
        /// (typed and original), never on its first letter.
        case typo1
        /// The title with two edits in a word of ≥ 9 letters (typed and original; edit distance exactly 2),
        /// never on its first letter.
        case typo2
        /// Two or three words of the title: product line and product noun (and maybe the brand).
        case multi
        /// The title with its product noun replaced by a synonym of the catalogue's synonym groups.
        case synonym
    }

    public let kind: Kind
    public let text: String
    /// The product (`id`) the query was made from.
    public let targetID: String

    public init(kind: Kind, text: String, targetID: String) {
        self.kind = kind
        self.text = text
        self.targetID = targetID
    }
}
