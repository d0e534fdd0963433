import XCTest
import Foundation
import LoupeJSON
@testable import Indexer

/// The `filter_*`, `facets_*`, `facet_search_*` and `error_filter_*` cases of the shared conformance file,
/// run at the engine level: columns built from each case's documents, filter parsed, validated and
/// evaluated, facets counted, facet search run. `q` is emulated by a plain word-prefix scan.
final class FilterConformanceTests: XCTestCase {
    private static let prefixes = ["filter_", "facets_", "facet_search_", "error_filter_"]

    private func cases() throws -> [JSONValue] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../shared/reference/meili-conformance.json").standardizedFileURL
        let data = try Data(contentsOf: url)
        let root = try JSONParser.parse([UInt8](data))
        return try XCTUnwrap(root["cases"]?.arrayValue).filter { item in
            Self.prefixes.contains { item["name"]?.stringValue?.hasPrefix($0) ?? false }
        }
    }

    private func rules(_ settings: JSONValue?) -> [FilterableAttributeRule] {
        (settings?["filterableAttributes"]?.arrayValue ?? []).compactMap { rule in
            if let name = rule.stringValue { return FilterableAttributeRule(name: name) }
            let filter = rule["features"]?["filter"]
            return FilterableAttributeRule(
                patterns: rule["attributePatterns"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                facetSearch: rule["features"]?["facetSearch"]?.boolValue ?? false,
                equality: filter?["equality"]?.boolValue ?? true, comparison: filter?["comparison"]?.boolValue ?? false)
        }
    }

    private func faceting(_ settings: JSONValue?) -> IndexSettings.Faceting {
        var faceting = IndexSettings.Faceting()
        if let max = settings?["faceting"]?["maxValuesPerFacet"]?.numberValue?.int64Value { faceting.maxValuesPerFacet = Int(max) }
        if let sort = settings?["faceting"]?["sortFacetValuesBy"]?.objectValue {
            faceting.sortFacetValuesBy = sort.map { (attribute: $0.key, byCount: $0.value.stringValue == "count") }
        }
        return faceting
    }

    /// Documents with a word starting with the folded `q` in some string (enough for one-word queries).
    private func matchingQuery(_ q: String, _ documents: [JSONObject]) -> DocumentSet {
        let folded = TextNormalizer.searchFold(q)
        let ids = documents.indices.filter { i in
            BruteForceFilter.leaves(documents[i]).contains { leaf in
                guard let text = leaf.value.stringValue else { return false }
                return TextNormalizer.searchFold(text).split { !$0.isLetter && !$0.isNumber }.contains { $0.hasPrefix(folded) }
            }
        }
        return DocumentSet(sortedIDs: ids.map(UInt32.init))
    }

    func testConformanceCases() throws {
        let cases = try cases()
        XCTAssertGreaterThanOrEqual(cases.count, 15)
        for item in cases {
            let name = item["name"]?.stringValue ?? "?"
            let documents = (item["documents"]?.arrayValue ?? []).compactMap(\.objectValue)
            let rules = rules(item["settings"])
            var builder = FilterColumnsBuilder(fields: rules.flatMap(\.patterns))
            for (i, document) in documents.enumerated() { builder.add(local: UInt32(i), document: document) }
            let columns = builder.build(documentCount: documents.count)
            let body = item["request"]?["body"] ?? .null
            let expect = item["expect"] ?? .null
            let path = item["request"]?["path"]?.stringValue ?? ""

            do {
                var candidates = DocumentSet(range: 0..<UInt32(documents.count))
                if let q = body["q"]?.stringValue, !q.isEmpty { candidates = candidates.intersection(matchingQuery(q, documents)) }
                if let filter = try FilterParser.parse(body["filter"] ?? .null) {
                    try filter.validate(filterable: rules)
                    candidates = columns.evaluate(filter, universe: candidates)
                }
                if path.hasSuffix("/facet-search") {
                    let facetName = body["facetName"]?.stringValue ?? ""
                    try FacetSearch.validate(facetName: facetName, filterable: rules, facetSearchEnabled: true)
                    let faceting = faceting(item["settings"])
                    let hits = FacetSearch.search(
                        facetName: facetName, query: body["facetQuery"]?.stringValue, segments: [(columns, candidates)],
                        typoTolerance: .init(), maxValues: faceting.maxValuesPerFacet,
                        sortByCount: FacetCounter(filterable: rules, faceting: faceting).sortsByCount(facetName))
                    let json = JSONValue.array(hits.map { ["value": .string($0.value), "count": .number(JSONNumber($0.count))] })
                    XCTAssertEqual(json, expect["facetHits"], name)
                    continue
                }
                if let ids = expect["hitIds"]?.arrayValue {
                    let actual = candidates.sortedIDs().map { documents[Int($0)]["id"] ?? .null }
                    XCTAssertEqual(actual, ids, name)
                }
                if let facets = body["facets"]?.arrayValue?.compactMap(\.stringValue) {
                    let counter = FacetCounter(filterable: rules, faceting: faceting(item["settings"]))
                    let (distribution, stats) = try counter.distribution(for: facets, in: [(columns, candidates)])
                    if let expected = expect["facetDistribution"] { XCTAssertEqual(distribution, expected, name) }
                    if let order = expect["facetDistributionKeyOrder"]?.objectValue {
                        for (facet, keys) in order {
                            XCTAssertEqual(distribution[facet]?.objectValue?.keys.map(JSONValue.string), keys.arrayValue, name)
                        }
                    }
                    if let expected = expect["facetStats"]?.objectValue {
                        for (facet, bounds) in expected {
                            for bound in ["min", "max"] {
                                XCTAssertEqual(stats[facet]?[bound]?.numberValue?.doubleValue,
                                               bounds[bound]?.numberValue?.doubleValue, "\(name) \(facet).\(bound)")
                            }
                        }
                    }
                }
                XCTAssertNil(expect["error"], "\(name): expected an error")
            } catch {
                guard let expected = expect["error"] else { XCTFail("\(name): unexpected \(error)"); continue }
                XCTAssertEqual(expected["code"]?.stringValue, error.code, name)
                if let contains = expected["messageContains"]?.stringValue {
                    XCTAssertTrue(error.message.contains(contains), "\(name): \(error.message)")
                }
                if let message = expected["message"]?.stringValue { XCTAssertEqual(error.message, message, name) }
            }
        }
    }
}
