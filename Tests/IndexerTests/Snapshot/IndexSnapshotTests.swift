import Foundation
@testable import Indexer
import LoupeJSON
import XCTest

/// An index written as snapshot frames and read back searches, filters and lists exactly like the original.
final class IndexSnapshotTests: XCTestCase {
    private var path = ""

    override func setUp() {
        path = NSTemporaryDirectory() + "loupe-index-snapshot-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private func roundTrip(_ index: Index, partBytes: Int = 512 << 20) throws -> Index {
        let writer = try FrameFileWriter(path: path, truncate: true)
        try IndexSnapshot.write(index.generation, uid: index.uid, to: writer, partBytes: partBytes)
        try writer.sync()
        return try IndexSnapshot.read(from: try FrameFileReader(path: path))
    }

    private func sampleIndex() throws -> Index {
        let index = Index(uid: "shop", primaryKey: "sku")
        index.updateSettings(try index.settings.applying([
            "filterableAttributes": ["color"], "sortableAttributes": ["price"], "stopWords": ["the"],
            "synonyms": ["tee": ["t-shirt"]],
        ]))
        try index.addDocuments((0..<300).map { number in
            ["sku": .string("p\(number)"), "title": .string("the \(["red", "blue", "green"][number % 3]) shirt \(number)"),
             "color": .string(["red", "blue", "green"][number % 3]), "price": .number(JSONNumber(number))]
        })
        try index.addDocuments([["sku": "p5", "title": "replaced tee", "color": "black", "price": 1]])
        index.deleteDocuments(ids: ["p7", "p8"])
        return index
    }

    private func hits(_ index: Index, _ body: JSONValue) throws -> [String] {
        try index.search(try SearchRequest(json: body)).hitIDs
    }

    func testRestoredIndexAnswersLikeTheOriginal() throws {
        let original = try sampleIndex()
        let restored = try roundTrip(original, partBytes: 1_000)
        XCTAssertEqual(restored.uid, "shop")
        XCTAssertEqual(restored.primaryKey, "sku")
        XCTAssertEqual(restored.documentCount, original.documentCount)
        XCTAssertEqual(restored.settings.toJSON(), original.settings.toJSON())
        XCTAssertNil(restored.generation.document(id: "p7"))
        XCTAssertEqual(restored.generation.document(id: "p5"), original.generation.document(id: "p5"))
        XCTAssertEqual(restored.generation.documents(offset: 0, limit: 1_000).documents,
                       original.generation.documents(offset: 0, limit: 1_000).documents)
        let queries: [JSONValue] = [
            ["q": "red shirt", "limit": 20], ["q": "tee"], ["q": "shrt", "filter": "color = blue", "limit": 50],
            ["q": "", "sort": ["price:desc"], "limit": 30],
        ]
        for query in queries {
            XCTAssertEqual(try hits(restored, query), try hits(original, query), query.jsonString)
        }
    }

    func testEmptyIndexKeepsSettingsAndKey() throws {
        let index = Index(uid: "empty", primaryKey: "id")
        index.updateSettings(try index.settings.applying(["searchableAttributes": ["title"]]))
        let restored = try roundTrip(index)
        XCTAssertEqual(restored.documentCount, 0)
        XCTAssertEqual(restored.primaryKey, "id")
        XCTAssertEqual(restored.settings.toJSON(), index.settings.toJSON())
    }

    func testDamagedSnapshotIsRefused() throws {
        _ = try roundTrip(try sampleIndex(), partBytes: 1_000)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try IndexSnapshot.read(from: try FrameFileReader(path: path)))

        try DurableFiles.truncate(path, to: bytes.count / 3)
        XCTAssertThrowsError(try IndexSnapshot.read(from: try FrameFileReader(path: path)))
    }
}
