import Yams

/// One index fed by a SQL query or view from the server's database (config file key `sql_sources`, YAML
/// only): every row is a document, `primary_key` names the id column, and the result is re-read and
/// diffed every poll interval (`SQLQuerySync`).
///
/// ```yaml
/// sql_sources:
///   - index: articles
///     primary_key: id
///     query: SELECT id, title, body FROM article WHERE published
/// ```
public struct SQLSourceConfiguration: Sendable, Equatable {
    public var index: String
    public var primaryKey: String
    public var query: String

    public init(index: String, primaryKey: String, query: String) {
        self.index = index
        self.primaryKey = primaryKey
        self.query = query
    }

    static let fields = ["index", "primary_key", "query"]

    /// Reads the `sql_sources` sequence of a YAML file; every problem names its line.
    static func list(_ node: Node, path: String) throws(ConfigurationError) -> [SQLSourceConfiguration] {
        guard let sequence = node.sequence else {
            throw ConfigurationError(source: "\(path) line \(Self.line(node))", message: "`sql_sources` must be a list of {index, primary_key, query}")
        }
        var sources: [SQLSourceConfiguration] = []
        for item in sequence {
            let source = "\(path) line \(Self.line(item))"
            guard let mapping = item.mapping else { throw ConfigurationError(source: source, message: "each SQL source is a mapping of index, primary_key and query") }
            var values: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.string, Self.fields.contains(name), let text = value.scalar?.string else {
                    throw ConfigurationError(source: source, message: "a SQL source takes only \(Self.fields.joined(separator: ", ")) as text, found `\(key.string ?? "?")`")
                }
                values[name] = text
            }
            guard let index = values["index"], IndexUID.isValid(index) else {
                throw ConfigurationError(source: source, message: "`index` must be a valid index uid (letters, digits, - and _)")
            }
            guard let primaryKey = values["primary_key"], !primaryKey.isEmpty else { throw ConfigurationError(source: source, message: "`primary_key` is required") }
            guard let query = values["query"], !query.isEmpty else { throw ConfigurationError(source: source, message: "`query` is required") }
            guard !sources.contains(where: { $0.index == index }) else { throw ConfigurationError(source: source, message: "index `\(index)` has two SQL sources") }
            sources.append(SQLSourceConfiguration(index: index, primaryKey: primaryKey, query: query))
        }
        return sources
    }

    private static func line(_ node: Node) -> Int { node.mark.map { $0.line } ?? 0 }
}
