import Foundation
import Logging

/// Builds a `ServerConfiguration` from, in increasing precedence: a file (YAML or TOML, flat keys such
/// as `port: 7700`), environment variables (`LOUPE_PORT`, …, plus Meilisearch's `MEILI_MASTER_KEY` and
/// `MEILI_HTTP_ADDR`), and command-line flags. An unknown key or a value of the wrong type is a
/// `ConfigurationError` naming its source; nothing is silently ignored.
public enum ConfigurationLoader {
    /// The keys a file may hold; environment variables are `LOUPE_` + the key in upper case.
    public static let keys = ["host", "port", "master_key", "max_payload_bytes", "max_search_payload_bytes",
                              "max_uri_length", "max_concurrent_searches", "task_history_limit", "log_level", "log_format",
                              "price_key_attribute", "medusa_sync"]

    public static func load(file: String?, environment: [String: String], flags: [String: String]) throws(ConfigurationError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        if let file {
            for entry in try ConfigurationFile.read(path: file) {
                if let sources = entry.sqlSources {
                    configuration.sqlSources = sources
                    continue
                }
                try apply(entry.key, entry.value, source: "\(file) line \(entry.line)", to: &configuration)
            }
        }
        for key in keys {
            let name = "LOUPE_" + key.uppercased()
            if let value = environment[name] { try apply(key, value, source: "environment variable \(name)", to: &configuration) }
        }
        if environment["LOUPE_MASTER_KEY"] == nil, let value = environment["MEILI_MASTER_KEY"] {
            try apply("master_key", value, source: "environment variable MEILI_MASTER_KEY", to: &configuration)
        }
        if let address = environment["MEILI_HTTP_ADDR"], environment["LOUPE_HOST"] == nil, environment["LOUPE_PORT"] == nil {
            guard let colon = address.lastIndex(of: ":") else {
                throw ConfigurationError(source: "environment variable MEILI_HTTP_ADDR", message: "expected host:port, found `\(address)`")
            }
            try apply("host", String(address[..<colon]), source: "environment variable MEILI_HTTP_ADDR", to: &configuration)
            try apply("port", String(address[address.index(after: colon)...]), source: "environment variable MEILI_HTTP_ADDR", to: &configuration)
        }
        for (key, value) in flags.sorted(by: { $0.key < $1.key }) {
            try apply(key, value, source: "flag --\(key.replacingOccurrences(of: "_", with: "-"))", to: &configuration)
        }
        return configuration
    }

    static func apply(_ key: String, _ value: String, source: String, to configuration: inout ServerConfiguration) throws(ConfigurationError) {
        func integer(_ range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
            guard let number = Int(value.trimmingSpaces), range.contains(number) else {
                throw ConfigurationError(source: source, message: "`\(key)` must be an integer in \(range.lowerBound)...\(range.upperBound), found `\(value)`")
            }
            return number
        }
        switch key {
        case "host":
            guard !value.isEmpty else { throw ConfigurationError(source: source, message: "`host` is empty") }
            configuration.host = value
        case "port": configuration.port = try integer(0...65535)
        case "master_key": configuration.masterKey = value.isEmpty ? nil : value
        case "max_payload_bytes": configuration.maxPayloadBytes = try integer(1...(1 << 40))
        case "max_search_payload_bytes": configuration.maxSearchPayloadBytes = try integer(1...(1 << 30))
        case "max_uri_length": configuration.maxURILength = try integer(256...(1 << 20))
        case "max_concurrent_searches": configuration.maxConcurrentSearches = try integer(0...1_000_000)
        case "task_history_limit": configuration.taskHistoryLimit = try integer(1...10_000_000)
        case "price_key_attribute":
            guard !value.isEmpty, !value.hasPrefix("."), !value.hasSuffix(".") else {
                throw ConfigurationError(source: source, message: "`price_key_attribute` must be a dotted attribute such as `variants.id`, found `\(value)`")
            }
            configuration.priceKeyAttribute = value
        case "medusa_sync":
            guard let flag = Bool(value.lowercased()) else {
                throw ConfigurationError(source: source, message: "`medusa_sync` must be true or false, found `\(value)`")
            }
            configuration.medusaSync = flag
        case "sql_sources":
            throw ConfigurationError(source: source, message: "`sql_sources` is a list: set it in a YAML configuration file")
        case "log_level":
            guard let level = Logger.Level(rawValue: value.lowercased()) else {
                throw ConfigurationError(source: source, message: "`log_level` must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")), found `\(value)`")
            }
            configuration.logLevel = level
        case "log_format":
            guard let format = ServerConfiguration.LogFormat(rawValue: value.lowercased()) else {
                throw ConfigurationError(source: source, message: "`log_format` must be `json` or `text`, found `\(value)`")
            }
            configuration.logFormat = format
        default:
            throw ConfigurationError(source: source, message: "unknown key `\(key)`; known keys: \(keys.joined(separator: ", "))")
        }
    }
}
