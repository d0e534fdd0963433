import LoupeJSON

/// Builds the JSON search body equivalent to a `GET /search` query string (§1.3): lists are
/// comma-separated, `sort` is one comma-separated string (commas inside `_geoPoint(…)` kept), a `filter`
/// that parses as a JSON array is used as JSON, numbers and booleans are parsed from text with
/// Meilisearch's "could not parse" messages. Loupe's `priceContext` is the context's JSON object,
/// URL-encoded. Unknown parameters are `bad_request`.
enum SearchQueryParameters {
    static let lists: Set<String> = ["attributesToRetrieve", "attributesToCrop", "attributesToHighlight", "facets",
                                     "attributesToSearchOn", "locales", "disjunctiveFacets"]
    static let integers: Set<String> = ["offset", "limit", "page", "hitsPerPage", "cropLength"]
    static let booleans: Set<String> = ["showMatchesPosition", "showRankingScore", "showRankingScoreDetails",
                                        "showPerformanceDetails", "retrieveVectors"]
    static let strings: Set<String> = ["q", "highlightPreTag", "highlightPostTag", "cropMarker", "matchingStrategy", "distinct"]
    static let others: Set<String> = ["sort", "filter", "rankingScoreThreshold", "vector", "hybridEmbedder", "hybridSemanticRatio",
                                      "priceContext"]
    static var known: [String] { (lists.union(integers).union(booleans).union(strings).union(others)).sorted() }

    static func json(_ query: QueryString) throws(APIError) -> JSONValue {
        var body = JSONObject()
        for (key, text) in query.pairs {
            let code = "invalid_search_" + key.snakeCasedParameter
            if lists.contains(key) {
                body[key] = .array(text.split(separator: ",").map { .string(String($0).trimmingSpaces) })
            } else if integers.contains(key) {
                guard let value = Int(text), value >= 0 else {
                    throw APIError(code: code, message: "Invalid value in parameter `\(key)`: could not parse `\(text)` as a positive integer")
                }
                body[key] = .int(value)
            } else if booleans.contains(key) {
                guard let value = Bool(text.lowercased()) else {
                    throw APIError(code: code, message: "Invalid value in parameter `\(key)`: could not parse `\(text)` as a boolean, expected either `true` or `false`")
                }
                body[key] = .bool(value)
            } else if strings.contains(key) {
                body[key] = .string(text)
            } else {
                switch key {
                case "sort": body[key] = .array(sortTerms(text).map(JSONValue.string))
                case "filter":
                    if let json = try? JSONParser.parse(text), case .array = json {
                        body[key] = json
                    } else {
                        body[key] = .string(text)
                    }
                case "priceContext":
                    guard let json = try? JSONParser.parse(text), case .object = json else {
                        throw APIError(code: "invalid_search_price_context", message: "Invalid value in parameter `priceContext`: expected a JSON object (URL-encoded), found `\(text.prefix(100))`")
                    }
                    body[key] = json
                case "rankingScoreThreshold":
                    guard let number = JSONNumber(literal: text) else {
                        throw APIError(code: code, message: "Invalid value in parameter `\(key)`: could not parse `\(text)` as a number")
                    }
                    body[key] = .number(number)
                case "vector", "hybridEmbedder", "hybridSemanticRatio":
                    throw APIError(code: key == "vector" ? "invalid_search_vector" : "invalid_search_hybrid_query",
                                   message: "`\(key)` needs an embedder; Loupe does not do vector search.")
                default:
                    throw .badRequest("Unknown parameter `\(key)`: expected one of \(known.map { "`\($0)`" }.joined(separator: ", "))")
                }
            }
        }
        return .object(body)
    }

    /// Splits `sort` on commas, re-joining the pieces of `_geoPoint(lat,lng):asc`.
    static func sortTerms(_ text: String) -> [String] {
        var terms: [String] = []
        var pending: String?
        for piece in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            if var open = pending {
                open += "," + piece
                if piece.contains(")") { terms.append(open.trimmingSpaces); pending = nil } else { pending = open }
            } else if piece.contains("_geoPoint(") && !piece.contains(")") {
                pending = piece
            } else if !piece.trimmingSpaces.isEmpty {
                terms.append(piece.trimmingSpaces)
            }
        }
        if let pending { terms.append(pending.trimmingSpaces) }
        return terms
    }
}
