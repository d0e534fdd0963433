@testable import Indexer
import XCTest

/// `FieldPostings`: per term and attribute, the documents by the band of the term's first position there
/// and whether it is the attribute's first word — including segments built in parallel, whose field ids
/// are renumbered when they meet one registry.
final class FieldPostingsTests: XCTestCase {
    func testEntriesRecordFieldBandAndLeadingWord() throws {
        let index = Index(uid: "t", primaryKey: "id")
        try index.addDocuments([
            ["id": 1, "title": "red cotton shirt", "tags": ["shirt", "summer"]],
            ["id": 2, "title": "shirt", "tags": ["a", "b", "c", "shirt"]],
            ["id": 3, "tags": ["red"], "title": "the one two three four five shirt shirt"],
        ])
        let generation = index.generation
        let segment = try XCTUnwrap(generation.views.first?.segment)
        let title = try XCTUnwrap(generation.fields.id(of: "title")), tags = try XCTUnwrap(generation.fields.id(of: "tags"))
        let shirt = try XCTUnwrap(segment.dictionary.lookup(Array("shirt".utf8)))
        let postings = segment.fieldPostings
        var found: [String: [UInt32]] = [:]
        for entry in postings.entries(of: shirt) {
            let name = "\(postings.field(entry) == title ? "title" : postings.field(entry) == tags ? "tags" : "?")/\(postings.band(entry))/\(postings.isLeading(entry))"
            found[name] = postings.documents[entry].sortedIDs()
        }
        XCTAssertEqual(found, [
            "title/2/false": [0],  // position 2
            "title/0/true": [1],   // the whole title
            "title/3/false": [2],  // first at position 6 (band 5–7); the repeat is not counted
            "tags/0/true": [0],    // the first element
            "tags/6/false": [1],   // the fourth element, at position 3 × 8 = 24 (band 17–24)
        ])
        XCTAssertEqual(postings.entries(of: UInt32(segment.dictionary.count)), 0..<0, "unknown term ids have no entries")
    }

    func testSegmentsBuiltInParallelRenumberFields() throws {
        let plan = IndexingPlan(settings: IndexSettings())
        var builder = SegmentBuilder(plan: plan, registry: FieldRegistry())
        builder.add(id: "1", document: ["brand": "acme", "title": "wool coat"], json: Array(#"{"id":1}"#.utf8))
        builder.add(id: "2", document: ["title": "coat"], json: Array(#"{"id":2}"#.utf8))
        // Another builder registered `title` first: this one's fields are renumbered (brand 0 → 1, title 1 → 0).
        var registry = FieldRegistry()
        _ = registry.intern("title")
        _ = registry.intern("brand")
        let segment = builder.build(into: &registry)
        let coat = try XCTUnwrap(segment.dictionary.lookup(Array("coat".utf8)))
        let acme = try XCTUnwrap(segment.dictionary.lookup(Array("acme".utf8)))
        let postings = segment.fieldPostings
        XCTAssertEqual(postings.entries(of: coat).map { postings.field($0) }, [0, 0])
        XCTAssertEqual(postings.entries(of: coat).map { postings.documents[$0].sortedIDs() }, [[0], [1]], "band 1 (local 0), then band 0 as the leading word (local 1)")
        XCTAssertEqual(postings.entries(of: acme).map { postings.field($0) }, [1])
        XCTAssertTrue(postings.entries(of: acme).allSatisfy { postings.isLeading($0) && postings.band($0) == 0 })
    }
}
