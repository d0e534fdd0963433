/// Why a filter string did not parse, and which part of it is to blame (Meilisearch's wording).
///
/// `isFailure` mirrors the parser's commit points: a recoverable error lets the parser try the next
/// alternative, a failure ends parsing. `engineError` renders the message followed by
/// `\n<start>:<end> <filter>` with 1-based character columns.
struct FilterSyntaxError: Error {
    enum Kind {
        case expectedValue(reservedKeyword: Bool)
        case malformedValue
        case invalidEscapedNumber
        case missingClosingDelimiter(Character)
        case invalidPrimary
        case expectedEnd
        case reservedKeyword(String)
        case reservedGeo(String)
        case geoRadiusArguments
        case geoBoundingBoxArguments
        case geoPolygonArguments
        case misusedGeo(String)
        case geoUnsupported(String)
        case inOpeningBracket
        case inClosingBracket
        case inExpectedValue
        case depthLimitReached
        case tooManyConditions
        case containsNotEnabled
    }

    let kind: Kind
    let context: FilterSpan
    var isFailure: Bool

    static let operationList = "`=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`, `TO`, `EXISTS`, `NOT EXISTS`, `IS NULL`, `IS NOT NULL`, `IS EMPTY`, `IS NOT EMPTY`, `CONTAINS`, `NOT CONTAINS`, `STARTS WITH`, `NOT STARTS WITH`, `_geoRadius`, `_geoBoundingBox` or `_geoPolygon`"

    var engineError: EngineError {
        let fragmentScalars = context.source.unicodeScalars.dropFirst(context.start).prefix(context.end - context.start)
        let fragment = String(String.UnicodeScalarView(fragmentScalars))
        let shown = FilterSyntaxError.escapeDebug(fragment)
        let blank = fragment.unicodeScalars.allSatisfy(\.properties.isWhitespace)
        let description: String
        switch kind {
        case .expectedValue(let reserved):
            if blank {
                description = "Was expecting a value but instead got nothing."
            } else if reserved {
                description = "Was expecting a value but instead got `\(shown)`, which is a reserved keyword. To use `\(shown)` as a field name or a value, surround it by quotes."
            } else {
                description = "Was expecting a value but instead got `\(shown)`."
            }
        case .malformedValue: description = "Malformed value: `\(shown)`."
        case .invalidEscapedNumber: description = "Found an invalid escaped sequence number: `\(shown)`."
        case .missingClosingDelimiter(let c):
            description = "Expression `\(shown)` is missing the following closing delimiter: `\(c)`."
        case .invalidPrimary:
            description = "Was expecting an operation \(Self.operationList) " + (blank ? "but instead got nothing." : "at `\(shown)`.")
        case .expectedEnd:
            description = "Found unexpected characters at the end of the filter: `\(shown)`. You probably forgot an `OR` or an `AND` rule."
        case .reservedKeyword(let word):
            description = "`\(word)` is a reserved keyword and thus cannot be used as a field name unless it is put inside quotes. Use \"\(word)\" or '\(word)' instead."
        case .reservedGeo(let name):
            description = "`\(name)` is a reserved keyword and thus can't be used as a filter expression. Use the `_geoRadius(latitude, longitude, distance)`, `_geoBoundingBox([latitude, longitude], [latitude, longitude])` or `_geoPolygon([latitude, longitude], ...)` built-in rules to filter on `_geo` coordinates."
        case .geoRadiusArguments:
            description = "The `_geoRadius` filter expects three arguments: `_geoRadius(latitude, longitude, radius)`."
        case .geoBoundingBoxArguments:
            description = "The `_geoBoundingBox` filter expects two pairs of arguments: `_geoBoundingBox([latitude, longitude], [latitude, longitude])`."
        case .geoPolygonArguments:
            description = "The `_geoPolygon` filter expects at least three points: `_geoPolygon([latitude, longitude], [latitude, longitude], [latitude, longitude], ...)`."
        case .misusedGeo(let name):
            description = "The `\(name)` filter is an operation and can't be used as a value."
        case .geoUnsupported(let name):
            description = "The `\(name)` filter is not supported: this engine does not index `_geo` coordinates."
        case .inOpeningBracket: description = "Expected `[` after `IN` keyword."
        case .inClosingBracket: description = "Expected matching `]` after the list of field names given to `IN[`"
        case .inExpectedValue:
            description = "Expected only comma-separated field names inside `IN[..]` but instead found `\(shown)`."
        case .depthLimitReached:
            description = "The filter exceeded the maximum depth limit. Try rewriting the filter so that it contains fewer nested conditions."
        case .tooManyConditions:
            description = "Too many filter conditions, can't process more than \(FilterParser.maxConditions) filters."
        case .containsNotEnabled:
            description = "Using `CONTAINS` in a filter requires enabling the `contains filter` experimental feature. See https://github.com/orgs/meilisearch/discussions/763"
        }
        let code: String
        if case .containsNotEnabled = kind { code = "feature_not_enabled" } else { code = "invalid_search_filter" }
        return EngineError(code, description + "\n" + FilterSyntaxError.position(of: context))
    }

    /// `<start>:<end> <filter>`: 1-based columns within the line of the filter where the span starts.
    static func position(of span: FilterSpan) -> String {
        var lineStart = 0, index = 0
        for scalar in span.source.unicodeScalars {
            if index >= span.start { break }
            index += 1
            if scalar == "\n" { lineStart = index }
        }
        let column = span.start - lineStart + 1
        return "\(column):\(column + span.end - span.start) \(span.source)"
    }

    /// Rust's `str::escape_debug`, which Meilisearch uses to quote the offending text.
    static func escapeDebug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\n": out += "\\n"
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "\0": out += "\\0"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .unassigned, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse:
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
