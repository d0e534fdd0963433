import CatalogGenerator
import Foundation
@testable import Indexer
import LoupeJSON

/// A generated catalogue indexed in several segments with replacements and deletions, and helpers to
/// write an index as snapshot frames and read it back.
enum SnapshotFixture {
    /// `products` products: two bulk batches (2/3 and 1/3), a batch re-adding every tenth id of the
    /// first (replacements), then deletions by id and by filter; settings with synonyms, stop words,
    /// filterable, sortable and distinct attributes.
    static func catalogIndex(products: Int = 3_000) throws -> Index {
        let split = products * 2 / 3
        let generator = CatalogGenerator(seed: 7)
        let index = Index(uid: "products", primaryKey: "id")
        var settings = try index.settings.applying(CatalogGenerator.searchSettings)
        settings = try settings.applying(["stopWords": ["the", "and", "for"], "distinctAttribute": "title"])
        index.updateSettings(settings)
        try index.addDocuments(ndjson: try generator.productsNDJSON(range: 0..<split))
        try index.addDocuments(ndjson: try generator.productsNDJSON(range: split..<products))
        var replaced: [JSONValue] = []
        for number in stride(from: 0, to: split, by: 10) {
            guard case .object(var product) = try generator.product(at: number) else { continue }
            product["title"] = .string("Renamed product \(number) linen")
            replaced.append(.object(product))
        }
        try index.addDocuments(replaced)
        index.deleteDocuments(ids: (0..<(products / 75)).map { CatalogGenerator.productID(at: $0 * 37) })
        try index.deleteDocuments(filter: "rating < 1.5")
        return index
    }

    static func write(_ index: Index, to path: String, partBytes: Int = 512 << 20) throws {
        let writer = try FrameFileWriter(path: path, truncate: true)
        try IndexSnapshot.write(index.generation, uid: index.uid, to: writer, partBytes: partBytes)
        try writer.sync()
    }

    static func read(_ path: String) throws -> Index {
        try IndexSnapshot.read(from: try FrameFileReader(path: path))
    }

    /// The frame payloads of a snapshot file, in order.
    static func payloads(_ path: String) throws -> [[UInt8]] {
        let reader = try FrameFileReader(path: path)
        var payloads: [[UInt8]] = []
        while case .frame(let payload) = reader.next() { payloads.append(payload) }
        return payloads
    }

    /// Writes `payloads` as a snapshot file (each framed with a valid checksum).
    static func rewrite(_ path: String, _ payloads: [[UInt8]]) throws {
        let writer = try FrameFileWriter(path: path, truncate: true)
        for payload in payloads { try writer.append(payload) }
        try writer.sync()
    }
}
