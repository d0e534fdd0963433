/// The attribute paths an index has seen, in order of first appearance, each with a stable id.
///
/// Nested attributes are registered by their dotted path (`variants.sku`); arrays are transparent.
/// The registry only grows, so a field id means the same attribute in every segment of an index.
public struct FieldRegistry: Sendable {
    public private(set) var paths: [String] = []
    private var ids: [String: UInt32] = [:]

    public init() {}

    public var count: Int { paths.count }

    public func id(of path: String) -> UInt32? { ids[path] }

    /// The id of `path`, registering it when new.
    mutating func intern(_ path: String) -> UInt32 {
        if let id = ids[path] { return id }
        let id = UInt32(paths.count)
        paths.append(path)
        ids[path] = id
        return id
    }
}
