import LoupeJSON

/// Builds a hit's `_formatted` and `_matchesPosition` (Meilisearch §1.5) from its stored document.
///
/// - `_formatted` exists when the request highlights or crops at least one displayed attribute (`"*"`: all
///   displayed). Like Meilisearch it holds every retrieved attribute plus the displayed attributes named for
///   highlighting or cropping (even when not retrieved). Strings are highlighted and/or cropped as asked or
///   copied; numbers become strings (and are highlighted like text); booleans and null are copied; objects
///   and arrays are walked.
/// - `_matchesPosition` (only with `showMatchesPosition`) maps every displayed attribute path (dotted,
///   searchable or not) that holds a match to `[{start, length, indices?}]`: UTF-8 byte offsets in the
///   string, and the array positions leading to it when the value sits in arrays. Keys are sorted; an
///   object with no key when nothing matched.
///
/// Matching follows the search (see `MatchLocator`): exact, typo, synonym and prefix forms of the terms,
/// phrases as one span, and the query's stop words.
struct HitFormatter: Sendable {
    private let rules: FormatRules
    private let locator: MatchLocator
    private let writer: FormattedText
    /// The displayed attributes (`_matchesPosition` covers them all).
    private let displayedSelection: AttributeSelection
    /// The displayed attributes that are retrieved or highlighted/cropped; nil when `_formatted` is not produced.
    private let formattedSelection: AttributeSelection?
    private let showsMatchesPosition: Bool

    init(request: SearchRequest, settings: IndexSettings, matcher: QueryMatcher, analyzer: TextAnalyzer, stopWords: Set<[UInt8]>) {
        rules = FormatRules(highlight: request.attributesToHighlight, crop: request.attributesToCrop,
                            defaultCropLength: request.cropLength)
        locator = MatchLocator(analyzer: analyzer, matcher: matcher, query: request.query, stopWords: stopWords)
        writer = FormattedText(preTag: Array(request.highlightPreTag.utf8), postTag: Array(request.highlightPostTag.utf8),
                               cropMarker: Array(request.cropMarker.utf8))
        let displayed = AttributePatternList(settings.displayedAttributes)
        displayedSelection = AttributeSelection(required: displayed, anyOf: [.everything])
        if rules.patterns.contains(where: displayed.overlaps) {
            formattedSelection = AttributeSelection(required: displayed, anyOf: [
                AttributePatternList(request.attributesToRetrieve), AttributePatternList(rules.patterns),
            ])
        } else {
            formattedSelection = nil
        }
        showsMatchesPosition = request.showMatchesPosition
    }

    /// False when the request asks for no highlight, crop or matches position (the searcher then skips parsing hits).
    var isNeeded: Bool { formattedSelection != nil || showsMatchesPosition }

    /// `document`: the whole stored document. Returns `_formatted` (nil when not requested) and
    /// `_matchesPosition` (nil unless `showMatchesPosition`).
    func format(document: JSONObject) -> (formatted: JSONObject?, matchesPosition: JSONObject?) {
        var positions: [String: [JSONValue]]? = showsMatchesPosition ? [:] : nil
        let output = walk(.object(document), path: "", indices: [], shown: .inside,
                          kept: formattedSelection == nil ? .none : .inside, positions: &positions)
        let matchesPosition = positions.map { positions in
            JSONObject(positions.keys.sorted().map { ($0, JSONValue.array(positions[$0] ?? [])) })
        }
        return (output?.objectValue, matchesPosition)
    }

    /// Walks `value` at `path`; returns its `_formatted` form when kept and records its matches when shown.
    private func walk(_ value: JSONValue, path: String, indices: [Int], shown shownReach: AttributeReach,
                      kept: AttributeReach, positions: inout [String: [JSONValue]]?) -> JSONValue? {
        switch value {
        case .object(let object):
            var result = JSONObject()
            for (key, child) in object {
                let childPath = path.isEmpty ? key : path + "." + key
                let childShown = displayedSelection.reach(childPath, parent: shownReach)
                guard childShown != .none else { continue }
                let childKept = formattedSelection?.reach(childPath, parent: kept) ?? .none
                if let output = walk(child, path: childPath, indices: indices, shown: childShown, kept: childKept, positions: &positions) {
                    result[key] = output
                }
            }
            guard kept != .none else { return nil }
            return .object(result)
        case .array(let items):
            var result: [JSONValue] = []
            for (index, item) in items.enumerated() {
                if let output = walk(item, path: path, indices: indices + [index], shown: shownReach, kept: kept, positions: &positions) {
                    result.append(output)
                }
            }
            guard kept != .none else { return nil }
            return .array(result)
        case .string, .number, .bool, .null:
            return scalar(value, path: path, indices: indices, shown: shownReach, kept: kept, positions: &positions)
        }
    }

    /// Records the matches of a scalar shown whole and returns its `_formatted` form when it is kept whole.
    private func scalar(_ value: JSONValue, path: String, indices: [Int], shown shownReach: AttributeReach,
                        kept: AttributeReach, positions: inout [String: [JSONValue]]?) -> JSONValue? {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number.literal
        default:
            guard kept == .whole else { return nil }
            return value
        }
        let records = shownReach == .whole && positions != nil && locator.canMatch
        let options = kept == .whole ? rules.options(for: path) : FormatOptions()
        let changes = options.cropLength != nil || (options.highlights && locator.canMatch)
        guard records || changes else {
            guard kept == .whole else { return nil }
            return .string(text)
        }

        let matched = locator.locate(text)
        if records && !matched.matches.isEmpty {
            positions?[path, default: []].append(contentsOf: matched.matches.map { match in
                var entry: JSONObject = ["start": .number(JSONNumber(match.bytes.lowerBound)), "length": .number(JSONNumber(match.bytes.count))]
                if !indices.isEmpty { entry["indices"] = .array(indices.map { .number(JSONNumber($0)) }) }
                return .object(entry)
            })
        }
        guard kept == .whole else { return nil }
        return .string(changes ? writer.render(matched, options: options) : text)
    }
}
