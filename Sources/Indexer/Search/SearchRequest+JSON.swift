import LoupeJSON

extension SearchRequest {
    /// Keys a search body may hold (others are rejected with `bad_request`).
    static let knownKeys: [String] = [
        "q", "offset", "limit", "page", "hitsPerPage", "attributesToRetrieve", "retrieveVectors",
        "attributesToCrop", "cropLength", "attributesToHighlight", "showMatchesPosition",
        "showRankingScore", "showRankingScoreDetails", "showPerformanceDetails", "filter", "sort",
        "distinct", "facets", "highlightPreTag", "highlightPostTag", "cropMarker", "matchingStrategy",
        "attributesToSearchOn", "rankingScoreThreshold", "locales", "hybrid", "vector", "media",
        "personalize", "useNetwork", "disjunctiveFacets",
    ]

    /// Reads a JSON search body. `extraKeys` are keys the caller handles itself (e.g. `indexUid` in
    /// multi-search, `facetName` in facet search); they are ignored here.
    public init(json: JSONValue, extraKeys: Set<String> = []) throws(EngineError) {
        guard case .object(let body) = json else {
            throw EngineError("bad_request", "Invalid value type: expected an object, but found \(json.kindDescription): `\(json.jsonString.prefix(100))`")
        }
        self.init()
        for (key, value) in body {
            if extraKeys.contains(key) { continue }
            if value.isNull, key != "q" { continue }
            let field = SearchField(key: key, value: value)
            switch key {
            case "q":
                switch value {
                case .null: query = nil
                case .string(let text): query = text
                default: throw field.typeError("a string")
                }
            case "offset": offset = try field.unsigned()
            case "limit": limit = try field.unsigned()
            case "page": page = try field.unsigned()
            case "hitsPerPage": hitsPerPage = try field.unsigned()
            case "attributesToRetrieve": attributesToRetrieve = try field.strings()
            case "attributesToHighlight": attributesToHighlight = try field.strings()
            case "highlightPreTag": highlightPreTag = try field.string()
            case "highlightPostTag": highlightPostTag = try field.string()
            case "attributesToCrop": attributesToCrop = try field.strings()
            case "cropLength": cropLength = try field.unsigned()
            case "cropMarker": cropMarker = try field.string()
            case "showMatchesPosition": showMatchesPosition = try field.bool()
            case "showRankingScore": showRankingScore = try field.bool()
            case "showRankingScoreDetails": showRankingScoreDetails = try field.bool()
            case "showPerformanceDetails", "retrieveVectors", "useNetwork": _ = try field.bool()
            case "filter":
                switch value {
                case .string, .array: filter = value
                default:
                    throw EngineError("invalid_search_filter", "Invalid syntax for the filter parameter: `expected String, Array, found: \(value.jsonString.prefix(100))`.")
                }
            case "sort": sort = try field.strings()
            case "facets": facets = try field.strings()
            case "disjunctiveFacets": disjunctiveFacets = try field.strings()
            case "distinct": distinct = try field.string()
            case "matchingStrategy":
                let text = try field.string()
                guard let strategy = MatchingStrategy(rawValue: text) else {
                    throw EngineError("invalid_search_matching_strategy", "Unknown value `\(text)` at `.matchingStrategy`: expected one of `last`, `all`, `frequency`")
                }
                matchingStrategy = strategy
            case "attributesToSearchOn": attributesToSearchOn = try field.strings()
            case "rankingScoreThreshold":
                guard case .number(let number) = value, number.doubleValue >= 0, number.doubleValue <= 1 else {
                    throw EngineError("invalid_search_ranking_score_threshold", "Invalid value at `.rankingScoreThreshold`: the value of `rankingScoreThreshold` is invalid, expected a float between `0.0` and `1.0`.")
                }
                rankingScoreThreshold = number.doubleValue
            case "locales": locales = try field.strings()
            case "hybrid", "vector", "media", "personalize":
                throw EngineError(key == "hybrid" ? "invalid_search_hybrid_query" : "invalid_search_\(key.snakeCased)",
                                  "`\(key)` needs an embedder; Loupe does not do vector search.")
            default:
                throw EngineError("bad_request", "Unknown field `\(key)`: expected one of \(Self.knownKeys.map { "`\($0)`" }.joined(separator: ", "))")
            }
        }
    }
}

/// One key of a search body, read with Meilisearch's error code and message for that key.
private struct SearchField {
    let key: String
    let value: JSONValue

    var code: String { "invalid_search_" + key.snakeCased }

    func typeError(_ expected: String) -> EngineError {
        EngineError(code, "Invalid value type at `.\(key)`: expected \(expected), but found \(value.kindDescription): `\(value.jsonString.prefix(200))`")
    }

    func unsigned() throws(EngineError) -> Int {
        guard case .number(let number) = value, let int = number.int64Value, int >= 0 else {
            throw typeError("a positive integer")
        }
        return Int(min(int, Int64(Int32.max)))
    }

    func bool() throws(EngineError) -> Bool {
        guard case .bool(let flag) = value else { throw typeError("a boolean") }
        return flag
    }

    func string() throws(EngineError) -> String {
        guard case .string(let text) = value else { throw typeError("a string") }
        return text
    }

    func strings() throws(EngineError) -> [String] {
        guard case .array(let items) = value else { throw typeError("an array") }
        var result: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item else {
                throw EngineError(code, "Invalid value type at `.\(key)[\(index)]`: expected a string, but found \(item.kindDescription): `\(item.jsonString.prefix(200))`")
            }
            result.append(text)
        }
        return result
    }
}
