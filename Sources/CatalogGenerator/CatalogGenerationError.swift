/// Why catalog or price generation refused its input, naming the field and the allowed values.
public enum CatalogGenerationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A product index outside `0..<CatalogGenerator.maximumProductCount`.
    case productIndexOutOfRange(index: Int, limit: Int)
    /// A product count outside `1...CatalogGenerator.maximumProductCount`.
    case productCountOutOfRange(count: Int, limit: Int)
    /// A `PriceGenerationOptions` field with an unusable value.
    case invalidPriceOption(field: String, reason: String)
    /// A file or directory could not be created or written.
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case .productIndexOutOfRange(let index, let limit):
            "product index \(index) is out of range: it must be in 0..<\(limit)"
        case .productCountOutOfRange(let count, let limit):
            "product count \(count) is out of range: it must be in 1...\(limit)"
        case .invalidPriceOption(let field, let reason):
            "price option '\(field)': \(reason)"
        case .output(let path, let reason):
            "cannot write '\(path)': \(reason)"
        }
    }
}
