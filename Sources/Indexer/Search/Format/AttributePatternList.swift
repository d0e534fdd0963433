/// A list of attribute patterns (`title`, `variants.sku`, `seo.*`, `*`) as settings and search parameters
/// give them, answering "is this attribute path selected?" while a formatter walks a document.
///
/// `nil` or a list holding `"*"` selects every attribute; an empty list selects none. A pattern selects its
/// attribute and everything nested in it (`AttributePattern.matches`), and makes the walk descend into the
/// objects on its way (`variants` for `variants.sku`).
struct AttributePatternList: Sendable {
    /// nil: every attribute.
    private let patterns: [String]?

    static let everything = AttributePatternList(nil)

    init(_ list: [String]?) {
        patterns = list.flatMap { $0.contains("*") ? nil : $0 }
    }

    /// Whether `path` is selected whole (with everything nested in it).
    func selects(_ path: String) -> Bool {
        guard let patterns else { return true }
        return patterns.contains { AttributePattern.matches(pattern: $0, path: path) }
    }

    /// Whether `path` is selected whole or something nested in it is.
    func reaches(_ path: String) -> Bool {
        guard let patterns else { return true }
        let nested = path + "."
        return patterns.contains { AttributePattern.matches(pattern: $0, path: path) || $0.hasPrefix(nested) }
    }

    /// Whether `pattern` and the list select some attribute in common (`"*"` overlaps any non-empty list;
    /// `doggos` overlaps `doggos.name` both ways).
    func overlaps(_ pattern: String) -> Bool {
        guard let patterns else { return true }
        return patterns.contains {
            AttributePattern.matches(pattern: pattern, path: $0) || AttributePattern.matches(pattern: $0, path: pattern)
        }
    }
}
