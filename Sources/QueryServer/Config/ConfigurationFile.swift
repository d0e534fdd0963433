import Foundation
import Yams

/// Reads a configuration file into flat `key = value` entries with their line numbers.
///
/// `.yaml`/`.yml` files are read with Yams and must be a mapping of scalars. `.toml` files are read by a
/// small reader covering what a flat configuration needs: `key = value` lines, `#` comments, basic
/// double-quoted strings (with `\"`, `\\`, `\n`, `\t` escapes), literal single-quoted strings, integers
/// and booleans. Tables, arrays and nested mappings are rejected with the line they are on.
enum ConfigurationFile {
    struct Entry {
        let key: String
        let value: String
        let line: Int
        /// The parsed `sql_sources` list (YAML only); `value` is empty then.
        var sqlSources: [SQLSourceConfiguration]? = nil
    }

    static func read(path: String) throws(ConfigurationError) -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(source: path, message: "cannot read the file")
        }
        let text = String(decoding: data, as: UTF8.self)
        if path.hasSuffix(".toml") { return try toml(text, path: path) }
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { return try yaml(text, path: path) }
        throw ConfigurationError(source: path, message: "unknown format: the name must end with .yaml, .yml or .toml")
    }

    static func yaml(_ text: String, path: String) throws(ConfigurationError) -> [Entry] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError(source: path, message: "invalid YAML: \(error)")
        }
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw ConfigurationError(source: path, message: "the top level must be a mapping of keys to values")
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            let line = key.mark.map { $0.line } ?? 0
            if key.string == "sql_sources" {
                entries.append(Entry(key: "sql_sources", value: "", line: line, sqlSources: try SQLSourceConfiguration.list(value, path: path)))
                continue
            }
            guard let name = key.string, let scalar = value.scalar else {
                throw ConfigurationError(source: "\(path) line \(line)", message: "expected `key: scalar value`")
            }
            entries.append(Entry(key: name, value: scalar.string, line: line))
        }
        return entries
    }

    static func toml(_ text: String, path: String) throws(ConfigurationError) -> [Entry] {
        var entries: [Entry] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let source = "\(path) line \(lineNumber)"
            let line = String(rawLine).trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard !line.hasPrefix("[") else { throw ConfigurationError(source: source, message: "tables are not supported; use flat keys") }
            guard let equals = line.firstIndex(of: "=") else { throw ConfigurationError(source: source, message: "expected `key = value`") }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let rest = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            entries.append(Entry(key: key, value: try tomlValue(rest, source: source), line: lineNumber))
        }
        return entries
    }

    private static func tomlValue(_ text: String, source: String) throws(ConfigurationError) -> String {
        if text.hasPrefix("\"") {
            var value = ""
            var escaped = false
            var closed: String.Index?
            for index in text.indices.dropFirst() {
                let character = text[index]
                if escaped {
                    switch character {
                    case "n": value.append("\n")
                    case "t": value.append("\t")
                    case "\"", "\\": value.append(character)
                    default: throw ConfigurationError(source: source, message: "unsupported escape `\\\(character)`")
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    closed = index
                    break
                } else {
                    value.append(character)
                }
            }
            guard let closed else { throw ConfigurationError(source: source, message: "unterminated string") }
            try expectOnlyComment(text[text.index(after: closed)...], source: source)
            return value
        }
        if text.hasPrefix("'") {
            let body = text.dropFirst()
            guard let end = body.firstIndex(of: "'") else { throw ConfigurationError(source: source, message: "unterminated string") }
            try expectOnlyComment(body[body.index(after: end)...], source: source)
            return String(body[..<end])
        }
        let bare = (text.split(separator: "#", maxSplits: 1).first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
        guard bare == "true" || bare == "false" || Int(bare.replacingOccurrences(of: "_", with: "")) != nil else {
            throw ConfigurationError(source: source, message: "expected a quoted string, an integer or a boolean, found `\(bare)`")
        }
        return bare.replacingOccurrences(of: "_", with: "")
    }

    private static func expectOnlyComment(_ rest: Substring, source: String) throws(ConfigurationError) {
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        guard trimmed.isEmpty || trimmed.hasPrefix("#") else {
            throw ConfigurationError(source: source, message: "unexpected `\(trimmed)` after the value")
        }
    }
}
