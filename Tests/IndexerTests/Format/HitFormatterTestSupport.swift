@testable import Indexer
import LoupeJSON
import XCTest

/// Builds a `HitFormatter` the way the searcher does (parser → synonyms → matcher) for the format tests.
enum FormatFixture {
    /// `derivations`: typo-derived words the search would have found, word → term index.
    static func formatter(
        _ query: String?,
        settings: IndexSettings = IndexSettings(),
        derivations: [String: Int] = [:],
        prefixEnabled: Bool = true,
        _ configure: (inout SearchRequest) -> Void = { _ in }
    ) -> HitFormatter {
        let analyzer = TextAnalyzer()
        let stopWords = Set(settings.stopWords.map { TextNormalizer.searchFoldBytes($0) })
        var request = SearchRequest(query: query)
        configure(&request)
        let parsed = QueryParser(analyzer: analyzer, stopWords: stopWords)
            .parse(query ?? "")
            .expandingSynonyms(SynonymTable(settings.synonyms, analyzer: analyzer))
        var folded: [[UInt8]: Int] = [:]
        for (word, term) in derivations { folded[TextNormalizer.searchFoldBytes(word)] = term }
        let matcher = QueryMatcher(query: parsed, derivations: folded, prefixEnabled: prefixEnabled)
        return HitFormatter(request: request, settings: settings, matcher: matcher, analyzer: analyzer, stopWords: stopWords)
    }

    static func object(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> JSONObject {
        guard let object = (try? JSONParser.parse(json))?.objectValue else {
            XCTFail("not a JSON object: \(json)", file: file, line: line)
            return JSONObject()
        }
        return object
    }

    /// The `_formatted` string of `attribute` for a document `{attribute: text}`.
    static func formattedText(_ formatter: HitFormatter, _ text: String, attribute: String = "title",
                              file: StaticString = #filePath, line: UInt = #line) -> String? {
        let document: JSONObject = [attribute: .string(text)]
        guard let formatted = formatter.format(document: document).formatted else {
            XCTFail("no _formatted", file: file, line: line)
            return nil
        }
        return formatted[attribute]?.stringValue
    }
}
