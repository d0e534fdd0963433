import LoupeJSON

extension IndexSettings {
    static let keys = [
        "displayedAttributes", "searchableAttributes", "filterableAttributes", "sortableAttributes",
        "rankingRules", "stopWords", "nonSeparatorTokens", "separatorTokens", "dictionary", "synonyms",
        "distinctAttribute", "proximityPrecision", "typoTolerance", "faceting", "pagination", "embedders",
        "searchCutoffMs", "localizedAttributes", "facetSearch", "prefixSearch",
    ]

    /// Applies a `PATCH /settings` body: present keys replace, `null` resets a key to its default.
    public func applying(_ body: JSONValue) throws(EngineError) -> IndexSettings {
        guard case .object(let object) = body else {
            throw EngineError("bad_request", "Invalid value type: expected an object, but found \(body.kindDescription)")
        }
        var settings = self
        let defaults = IndexSettings()
        for (key, value) in object {
            let code = "invalid_settings_" + key.snakeCased
            let reader = SettingReader(path: "." + key, code: code)
            switch key {
            case "displayedAttributes":
                settings.displayedAttributes = value.isNull ? nil : try reader.starOrNames(value)
            case "searchableAttributes":
                settings.searchableAttributes = value.isNull ? nil : try reader.starOrNames(value)
            case "filterableAttributes":
                settings.filterableAttributes = value.isNull ? [] : try reader.filterableRules(value)
            case "sortableAttributes":
                settings.sortableAttributes = value.isNull ? [] : try reader.strings(value).sortedUnique()
            case "rankingRules":
                if value.isNull {
                    settings.rankingRules = defaults.rankingRules
                    settings.rankingRuleNames = defaults.rankingRuleNames
                } else {
                    let names = try reader.strings(value)
                    var rules: [RankingRule] = []
                    for name in names {
                        guard let parsed = RankingRule.parse(name) else {
                            throw EngineError(code, "Invalid value at `.rankingRules`: `\(name)` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, attributeRank, wordPosition, exactness and custom ranking rules.")
                        }
                        rules.append(contentsOf: parsed)
                    }
                    settings.rankingRules = rules
                    settings.rankingRuleNames = names
                }
            case "stopWords":
                settings.stopWords = value.isNull ? [] : try reader.strings(value).sortedUnique()
            case "nonSeparatorTokens":
                settings.nonSeparatorTokens = value.isNull ? [] : try reader.strings(value).sortedUnique()
            case "separatorTokens":
                settings.separatorTokens = value.isNull ? [] : try reader.strings(value).sortedUnique()
            case "dictionary":
                settings.dictionary = value.isNull ? [] : try reader.strings(value).sortedUnique()
            case "synonyms":
                settings.synonyms = value.isNull ? [] : try reader.synonyms(value)
            case "distinctAttribute":
                settings.distinctAttribute = value.isNull ? nil : try reader.string(value)
            case "proximityPrecision":
                settings.proximityPrecision = value.isNull ? .byWord : try reader.choice(value, ProximityPrecision.self)
            case "typoTolerance":
                settings.typoTolerance = value.isNull ? TypoTolerance() : try reader.typoTolerance(value, current: settings.typoTolerance)
            case "faceting":
                settings.faceting = value.isNull ? Faceting() : try reader.faceting(value, current: settings.faceting)
            case "pagination":
                settings.maxTotalHits = value.isNull ? 1000 : try reader.pagination(value, current: settings.maxTotalHits)
            case "searchCutoffMs":
                settings.searchCutoffMs = value.isNull ? nil : try reader.unsigned(value)
            case "facetSearch":
                settings.facetSearch = value.isNull ? true : try reader.bool(value)
            case "prefixSearch":
                settings.prefixSearch = value.isNull ? .indexingTime : try reader.choice(value, PrefixSearch.self)
            case "embedders", "localizedAttributes":
                guard value.isNull || value == .object(JSONObject()) || value == .array([]) else {
                    throw EngineError(code, "`\(key)` is not supported by Loupe.")
                }
            default:
                throw EngineError("bad_request", "Unknown field `\(key)`: expected one of \(IndexSettings.keys.map { "`\($0)`" }.joined(separator: ", "))")
            }
        }
        return settings
    }

    /// The settings as `GET /indexes/{uid}/settings` returns them (every key, defaults included).
    public func toJSON() -> JSONValue {
        var object = JSONObject()
        object["displayedAttributes"] = .array((displayedAttributes ?? ["*"]).map { .string($0) })
        object["searchableAttributes"] = .array((searchableAttributes ?? ["*"]).map { .string($0) })
        object["filterableAttributes"] = .array(filterableAttributes.map(\.json))
        object["sortableAttributes"] = .array(sortableAttributes.map { .string($0) })
        object["rankingRules"] = .array(rankingRuleNames.map { .string($0) })
        object["stopWords"] = .array(stopWords.map { .string($0) })
        object["nonSeparatorTokens"] = .array(nonSeparatorTokens.map { .string($0) })
        object["separatorTokens"] = .array(separatorTokens.map { .string($0) })
        object["dictionary"] = .array(dictionary.map { .string($0) })
        var synonymsObject = JSONObject()
        for entry in synonyms { synonymsObject[entry.key] = .array(entry.values.map { .string($0) }) }
        object["synonyms"] = .object(synonymsObject)
        object["distinctAttribute"] = distinctAttribute.map { .string($0) } ?? .null
        object["proximityPrecision"] = .string(proximityPrecision.rawValue)
        var typo = JSONObject()
        typo["enabled"] = .bool(typoTolerance.enabled)
        typo["minWordSizeForTypos"] = .object(["oneTypo": .number(JSONNumber(typoTolerance.oneTypo)), "twoTypos": .number(JSONNumber(typoTolerance.twoTypos))])
        typo["disableOnWords"] = .array(typoTolerance.disableOnWords.map { .string($0) })
        typo["disableOnAttributes"] = .array(typoTolerance.disableOnAttributes.map { .string($0) })
        typo["disableOnNumbers"] = .bool(typoTolerance.disableOnNumbers)
        object["typoTolerance"] = .object(typo)
        var sortBy = JSONObject()
        for entry in faceting.sortFacetValuesBy { sortBy[entry.attribute] = .string(entry.byCount ? "count" : "alpha") }
        object["faceting"] = .object(["maxValuesPerFacet": .number(JSONNumber(faceting.maxValuesPerFacet)), "sortFacetValuesBy": .object(sortBy)])
        object["pagination"] = .object(["maxTotalHits": .number(JSONNumber(maxTotalHits))])
        object["embedders"] = .object(JSONObject())
        object["searchCutoffMs"] = searchCutoffMs.map { .number(JSONNumber($0)) } ?? .null
        object["localizedAttributes"] = .null
        object["facetSearch"] = .bool(facetSearch)
        object["prefixSearch"] = .string(prefixSearch.rawValue)
        return .object(object)
    }
}

extension FilterableAttributeRule {
    var json: JSONValue {
        if isPlainName, patterns.count == 1 { return .string(patterns[0]) }
        return .object([
            "attributePatterns": .array(patterns.map { .string($0) }),
            "features": .object([
                "facetSearch": .bool(facetSearch),
                "filter": .object(["equality": .bool(equality), "comparison": .bool(comparison)]),
            ]),
        ])
    }
}

/// Reads one settings value with Meilisearch's error codes and messages.
private struct SettingReader {
    let path: String
    let code: String

    func fail(_ expected: String, _ value: JSONValue) -> EngineError {
        EngineError(code, "Invalid value type at `\(path)`: expected \(expected), but found \(value.kindDescription): `\(value.jsonString)`")
    }

    func string(_ value: JSONValue) throws(EngineError) -> String {
        guard case .string(let text) = value else { throw fail("a string", value) }
        return text
    }

    func bool(_ value: JSONValue) throws(EngineError) -> Bool {
        guard case .bool(let flag) = value else { throw fail("a boolean", value) }
        return flag
    }

    func unsigned(_ value: JSONValue) throws(EngineError) -> Int {
        guard case .number(let number) = value, let int = number.int64Value, int >= 0, int <= Int64(Int32.max) else {
            throw fail("a positive integer", value)
        }
        return Int(int)
    }

    func strings(_ value: JSONValue) throws(EngineError) -> [String] {
        guard case .array(let items) = value else { throw fail("an array", value) }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw fail("an array of strings", value) }
            result.append(text)
        }
        return result
    }

    func starOrNames(_ value: JSONValue) throws(EngineError) -> [String]? {
        let names = try strings(value)
        if names.contains("*") { return nil }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    func choice<T: RawRepresentable>(_ value: JSONValue, _ type: T.Type) throws(EngineError) -> T where T.RawValue == String {
        let text = try string(value)
        guard let parsed = T(rawValue: text) else {
            throw EngineError(code, "Unknown value `\(text)` at `\(path)`")
        }
        return parsed
    }

    func filterableRules(_ value: JSONValue) throws(EngineError) -> [FilterableAttributeRule] {
        guard case .array(let items) = value else { throw fail("an array", value) }
        var rules: [FilterableAttributeRule] = []
        for item in items {
            switch item {
            case .string(let name):
                rules.append(FilterableAttributeRule(name: name))
            case .object(let object):
                guard case .array(let patternValues)? = object["attributePatterns"] else {
                    throw EngineError(code, "Missing field `attributePatterns` inside `\(path)`")
                }
                let patterns = try SettingReader(path: path + ".attributePatterns", code: code).strings(.array(patternValues))
                var rule = FilterableAttributeRule(patterns: patterns)
                if case .object(let features)? = object["features"] {
                    if let flag = features["facetSearch"] { rule.facetSearch = try bool(flag) }
                    if case .object(let filter)? = features["filter"] {
                        if let flag = filter["equality"] { rule.equality = try bool(flag) }
                        if let flag = filter["comparison"] { rule.comparison = try bool(flag) }
                    }
                }
                rules.append(rule)
            default:
                throw fail("a string or an object", item)
            }
        }
        return rules
    }

    func synonyms(_ value: JSONValue) throws(EngineError) -> [(key: String, values: [String])] {
        guard case .object(let object) = value else { throw fail("an object", value) }
        var entries: [(key: String, values: [String])] = []
        for (key, list) in object {
            let values = try SettingReader(path: "\(path).\(key)", code: code).strings(list)
            entries.append((key, values))
        }
        return entries.sorted { $0.key < $1.key }
    }

    func typoTolerance(_ value: JSONValue, current: IndexSettings.TypoTolerance) throws(EngineError) -> IndexSettings.TypoTolerance {
        guard case .object(let object) = value else { throw fail("an object", value) }
        var typo = current
        for (key, item) in object {
            let inner = SettingReader(path: "\(path).\(key)", code: code)
            switch key {
            case "enabled": typo.enabled = item.isNull ? true : try inner.bool(item)
            case "disableOnWords": typo.disableOnWords = item.isNull ? [] : try inner.strings(item).sortedUnique()
            case "disableOnAttributes": typo.disableOnAttributes = item.isNull ? [] : try inner.strings(item).sortedUnique()
            case "disableOnNumbers": typo.disableOnNumbers = item.isNull ? false : try inner.bool(item)
            case "minWordSizeForTypos":
                if item.isNull {
                    typo.oneTypo = 5
                    typo.twoTypos = 9
                    continue
                }
                guard case .object(let sizes) = item else { throw inner.fail("an object", item) }
                for (sizeKey, size) in sizes {
                    let sizeReader = SettingReader(path: "\(path).\(key).\(sizeKey)", code: code)
                    switch sizeKey {
                    case "oneTypo": typo.oneTypo = size.isNull ? 5 : try sizeReader.unsigned(size)
                    case "twoTypos": typo.twoTypos = size.isNull ? 9 : try sizeReader.unsigned(size)
                    default: throw EngineError(code, "Unknown field `\(sizeKey)` inside `\(path).\(key)`: expected one of `oneTypo`, `twoTypos`")
                    }
                }
                guard typo.oneTypo <= typo.twoTypos else {
                    throw EngineError(code, "`minWordSizeForTypos` setting is invalid. `oneTypo` and `twoTypos` fields should be between `0` and `255`, and `twoTypos` should be greater or equals to `oneTypo` but found `oneTypo: \(typo.oneTypo)` and twoTypos: \(typo.twoTypos)`.")
                }
            default:
                throw EngineError(code, "Unknown field `\(key)` inside `\(path)`: expected one of `enabled`, `minWordSizeForTypos`, `disableOnWords`, `disableOnAttributes`, `disableOnNumbers`")
            }
        }
        return typo
    }

    func faceting(_ value: JSONValue, current: IndexSettings.Faceting) throws(EngineError) -> IndexSettings.Faceting {
        guard case .object(let object) = value else { throw fail("an object", value) }
        var faceting = current
        for (key, item) in object {
            let inner = SettingReader(path: "\(path).\(key)", code: code)
            switch key {
            case "maxValuesPerFacet": faceting.maxValuesPerFacet = item.isNull ? 100 : try inner.unsigned(item)
            case "sortFacetValuesBy":
                if item.isNull {
                    faceting.sortFacetValuesBy = [("*", false)]
                    continue
                }
                guard case .object(let orders) = item else { throw inner.fail("an object", item) }
                var entries = faceting.sortFacetValuesBy.filter { orders[$0.attribute] == nil }
                for (attribute, order) in orders {
                    let text = try SettingReader(path: "\(path).\(key).\(attribute)", code: code).string(order)
                    guard text == "alpha" || text == "count" else {
                        throw EngineError(code, "Unknown value `\(text)` at `\(path).\(key).\(attribute)`: expected one of `alpha`, `count`")
                    }
                    entries.append((attribute, text == "count"))
                }
                faceting.sortFacetValuesBy = entries
            default:
                throw EngineError(code, "Unknown field `\(key)` inside `\(path)`: expected one of `maxValuesPerFacet`, `sortFacetValuesBy`")
            }
        }
        return faceting
    }

    func pagination(_ value: JSONValue, current: Int) throws(EngineError) -> Int {
        guard case .object(let object) = value else { throw fail("an object", value) }
        var maxTotalHits = current
        for (key, item) in object {
            guard key == "maxTotalHits" else {
                throw EngineError(code, "Unknown field `\(key)` inside `\(path)`: expected one of `maxTotalHits`")
            }
            maxTotalHits = item.isNull ? 1000 : try SettingReader(path: "\(path).\(key)", code: code).unsigned(item)
            guard maxTotalHits > 0 else { throw EngineError(code, "`maxTotalHits` must be greater than 0") }
        }
        return maxTotalHits
    }
}

extension Array where Element == String {
    func sortedUnique() -> [String] { Array(Set(self)).sorted() }
}

extension String {
    /// `searchableAttributes` → `searchable_attributes`.
    var snakeCased: String {
        var result = ""
        for character in self {
            if character.isUppercase {
                result.append("_")
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension JSONValue {
    /// How Meilisearch names a JSON value's type in error messages.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number(let number): number.isInteger ? (number.literal.hasPrefix("-") ? "a negative integer" : "a positive integer") : "a number"
        case .string: "a string"
        case .array: "a sequence"
        case .object: "a map"
        }
    }
}
