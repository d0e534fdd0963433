/// The filterable values of one segment's documents, per concrete attribute path; immutable and shared
/// between threads. Built by `FilterColumnsBuilder`, queried by `evaluate(_:universe:)`, `FacetCounter`
/// and `FacetSearch`.
///
/// A filter field selects the column of that exact path for EXISTS / IS NULL / IS EMPTY, and for value
/// comparisons the columns of that path and of every path nested under it (`variant = red` looks at
/// `variant.color` too). A field no document carries selects nothing: its conditions match no document.
public struct FilterColumns: Sendable {
    public let documentCount: Int
    /// Columns sorted by path (UTF-8 order).
    let columns: [AttributeColumn]

    init(documentCount: Int, columns: [AttributeColumn]) {
        self.documentCount = documentCount
        self.columns = columns.sorted { ByteOrder.precedes($0.path, $1.path) }
    }

    /// Every attribute path that carries at least one string, number or boolean value, sorted.
    public var valuePaths: [String] { columns.filter(\.hasValues).map(\.path) }

    /// The column of exactly `path`.
    func column(_ path: String) -> AttributeColumn? {
        var low = 0, high = columns.count
        while low < high {
            let mid = (low + high) / 2
            if ByteOrder.precedes(columns[mid].path, path) { low = mid + 1 } else { high = mid }
        }
        return low < columns.count && columns[low].path == path ? columns[low] : nil
    }

    /// Columns holding values of `field`: the path itself and the paths nested under it.
    func valueColumns(_ field: String) -> [AttributeColumn] {
        let nestedPrefix = field + "."
        return columns.filter { $0.hasValues && ($0.path == field || $0.path.hasPrefix(nestedPrefix)) }
    }

    /// Approximate bytes held by the columns.
    public var byteSize: Int { columns.reduce(0) { $0 + $1.byteSize } }
}
