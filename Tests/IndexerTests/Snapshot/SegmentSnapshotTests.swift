import CatalogGenerator
import Foundation
@testable import Indexer
import LoupeJSON
import XCTest

/// Format version 2: an index restored from its binary segments holds the same documents and answers
/// every kind of search exactly like the original.
final class SegmentSnapshotTests: XCTestCase {
    private var path = ""

    override func setUp() {
        path = NSTemporaryDirectory() + "loupe-segment-snapshot-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private static let queries: [JSONValue] = [
        ["q": "cotton poplin", "limit": 30],
        ["q": "cottn poplni", "limit": 20],
        ["q": "fry", "limit": 20],
        ["q": "the daily lenses", "filter": "brand = Hilboan OR color = Navy", "facets": ["brand", "color", "categories"]],
        ["q": "", "filter": "price 1000 TO 5000 AND in_stock = true", "sort": ["price:asc"], "limit": 50],
        ["q": "steel", "sort": ["rating:desc", "created_at:asc"], "facets": ["material", "rating", "price"]],
        ["q": "organic linen", "attributesToHighlight": ["title", "description"], "attributesToCrop": ["description"],
         "cropLength": 5, "showMatchesPosition": true, "limit": 25],
        ["q": "pan", "filter": "categories = 'Home > Kitchen'", "page": 2, "hitsPerPage": 10],
        ["q": "renamed", "distinct": "brand", "limit": 40],
        ["q": "", "facets": ["brand", "sizes", "in_stock", "category"], "limit": 0],
        ["q": "", "filter": "color EXISTS AND NOT material IN [Hydrogel, Steel]", "sort": ["created_at:desc"], "offset": 100, "limit": 30],
    ]

    private func assertSameAnswers(_ restored: Index, _ original: Index, file: StaticString = #filePath, line: UInt = #line) throws {
        for query in Self.queries {
            let request = try SearchRequest(json: query)
            let expected = try original.search(request), found = try restored.search(request)
            XCTAssertGreaterThan(expected.totalHits, 0, "the battery query matches something: \(query.jsonString)", file: file, line: line)
            XCTAssertEqual(found.hitIDs, expected.hitIDs, query.jsonString, file: file, line: line)
            XCTAssertEqual(found.hits, expected.hits, query.jsonString, file: file, line: line)
            XCTAssertEqual(found.totalHits, expected.totalHits, query.jsonString, file: file, line: line)
            XCTAssertEqual(found.facetDistribution, expected.facetDistribution, query.jsonString, file: file, line: line)
            XCTAssertEqual(found.facetStats, expected.facetStats, query.jsonString, file: file, line: line)
        }
        let facet = FacetSearchRequest(facetName: "brand", facetQuery: "ol", search: SearchRequest(query: "steel"))
        let expected = try original.facetSearch(facet).hits, found = try restored.facetSearch(facet).hits
        XCTAssertEqual(found.map(\.value), expected.map(\.value), file: file, line: line)
        XCTAssertEqual(found.map(\.count), expected.map(\.count), file: file, line: line)
    }

    func testRestoredCatalogueAnswersLikeTheOriginal() throws {
        let original = try SnapshotFixture.catalogIndex()
        XCTAssertGreaterThanOrEqual(original.generation.views.count, 2, "the fixture spans several segments")
        XCTAssertTrue(original.generation.views.contains { $0.live.count < $0.segment.count }, "the fixture has deletions")
        try SnapshotFixture.write(original, to: path)
        let restored = try SnapshotFixture.read(path)

        XCTAssertEqual(restored.uid, original.uid)
        XCTAssertEqual(restored.primaryKey, original.primaryKey)
        XCTAssertEqual(restored.settings.toJSON(), original.settings.toJSON())
        XCTAssertEqual(restored.generation.version, original.generation.version)
        XCTAssertEqual(restored.generation.fieldPaths, original.generation.fieldPaths)
        XCTAssertEqual(restored.documentCount, original.documentCount)
        XCTAssertEqual(restored.generation.views.count, original.generation.views.count)
        for (found, expected) in zip(restored.generation.views, original.generation.views) {
            XCTAssertEqual(found.live.sortedIDs(), expected.live.sortedIDs())
            XCTAssertEqual(found.segment.store.json, expected.segment.store.json)
            XCTAssertEqual(found.segment.store.ids, expected.segment.store.ids)
            XCTAssertEqual(found.segment.dictionary.bytes, expected.segment.dictionary.bytes)
            XCTAssertEqual(found.segment.forward.tokens, expected.segment.forward.tokens)
            XCTAssertEqual(found.segment.postings.map { $0.sortedIDs() }, expected.segment.postings.map { $0.sortedIDs() })
            XCTAssertEqual(found.segment.filters.valuePaths, expected.segment.filters.valuePaths)
        }
        let all = original.generation.documents(offset: 0, limit: 10_000).documents
        XCTAssertEqual(restored.generation.documents(offset: 0, limit: 10_000).documents, all)
        XCTAssertEqual(restored.generation.document(id: CatalogGenerator.productID(at: 10)),
                       original.generation.document(id: CatalogGenerator.productID(at: 10)))
        XCTAssertNil(restored.generation.document(id: CatalogGenerator.productID(at: 37)))
        try assertSameAnswers(restored, original)
    }

    func testComponentsSplitAcrossFramesReadBack() throws {
        let original = try SnapshotFixture.catalogIndex()
        try SnapshotFixture.write(original, to: path, partBytes: 4_096)
        XCTAssertGreaterThan(try SnapshotFixture.payloads(path).count, 200, "large components span several frames")
        try assertSameAnswers(try SnapshotFixture.read(path), original)
    }

    func testRestoredIndexKeepsTakingWrites() throws {
        let original = try SnapshotFixture.catalogIndex()
        try SnapshotFixture.write(original, to: path)
        let restored = try SnapshotFixture.read(path)
        for index in [original, restored] {
            try index.addDocuments([["id": "new-1", "title": "Zanzibar teapot", "brand": "Quomo", "price": 1200, "rating": 4.5]])
            index.deleteDocuments(ids: [CatalogGenerator.productID(at: 11)])
        }
        try assertSameAnswers(restored, original)
        let request = SearchRequest(query: "zanzibar")
        XCTAssertEqual(try restored.search(request).hitIDs, ["new-1"])
    }

    func testVersionOneSnapshotStillLoads() throws {
        let original = try SnapshotFixture.catalogIndex()
        var begin = ByteWriter()
        begin.byte(IndexSnapshot.Section.begin.rawValue)
        begin.fixed32(1)
        begin.string(original.uid)
        begin.optionalString(original.primaryKey)
        var settings: [UInt8] = [IndexSnapshot.Section.settings.rawValue]
        settings.append(contentsOf: original.settings.toJSON().serialized())
        var documents: [UInt8] = [IndexSnapshot.Section.documents.rawValue]
        for json in original.generation.documents(offset: 0, limit: 10_000).documents {
            documents.append(contentsOf: json)
            documents.append(UInt8(ascii: "\n"))
        }
        var end = ByteWriter()
        end.byte(IndexSnapshot.Section.end.rawValue)
        end.varint(original.documentCount)
        try SnapshotFixture.rewrite(path, [begin.bytes, settings, documents, end.bytes])
        let restored = try SnapshotFixture.read(path)
        XCTAssertEqual(restored.documentCount, original.documentCount)
        XCTAssertEqual(restored.generation.documents(offset: 0, limit: 10_000).documents,
                       original.generation.documents(offset: 0, limit: 10_000).documents)
        let request = SearchRequest(query: "cotton poplin")
        XCTAssertEqual(try restored.search(request).hitIDs, try original.search(request).hitIDs)
    }
}
