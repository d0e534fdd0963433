import Foundation
@testable import Indexer
import LoupeJSON
import XCTest

/// Damaged version 2 snapshots — cut short, with a wrong tag, wrong counts or altered component bytes
/// behind valid checksums — are refused with a `SnapshotError`, never a crash.
final class DamagedSegmentSnapshotTests: XCTestCase {
    private var path = ""
    private var payloads: [[UInt8]] = []
    private static let original: Index? = try? SnapshotFixture.catalogIndex(products: 300)

    override func setUpWithError() throws {
        path = NSTemporaryDirectory() + "loupe-damaged-snapshot-\(UUID().uuidString)"
        let index = try XCTUnwrap(Self.original)
        try SnapshotFixture.write(index, to: path)
        payloads = try SnapshotFixture.payloads(path)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: path)
    }

    private func tag(_ section: IndexSnapshot.Section) -> UInt8 { section.rawValue }

    private func componentFrames() -> [Int] {
        payloads.indices.filter { payloads[$0].first == tag(.component) }
    }

    private func assertRefused(_ changed: [[UInt8]], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try SnapshotFixture.rewrite(path, changed)
        XCTAssertThrowsError(try SnapshotFixture.read(path), message, file: file, line: line) { error in
            XCTAssertTrue(error is SnapshotError, "\(message): \(error)", file: file, line: line)
        }
    }

    func testUntouchedFileLoads() throws {
        XCTAssertEqual(try SnapshotFixture.read(path).documentCount, Self.original?.documentCount)
    }

    func testTruncatedFileIsRefused() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 25)) {
            try Data(bytes[..<cut]).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try SnapshotFixture.read(path), "cut at \(cut) of \(bytes.count)")
        }
    }

    func testMissingFramesAreRefused() throws {
        for index in payloads.indices where index > 0 {
            var changed = payloads
            changed.remove(at: index)
            try assertRefused(changed, "frame \(index) (tag \(payloads[index][0])) removed")
        }
    }

    func testBadTagsAreRefused() throws {
        for index in [0, 1, 2, 3, componentFrames()[0], payloads.count - 1] {
            var changed = payloads
            changed[index][0] = 99
            try assertRefused(changed, "frame \(index) with tag 99")
        }
        var unknownComponent = payloads
        unknownComponent[componentFrames()[1]][1] = 200
        try assertRefused(unknownComponent, "an unknown component")
        var twice = payloads
        twice.insert(payloads[componentFrames()[2]], at: componentFrames()[2])
        try assertRefused(twice, "a component stored twice")
    }

    func testWrongCountsAreRefused() throws {
        let segment = try XCTUnwrap(payloads.firstIndex { $0.first == tag(.segment) })
        var reader = ByteReader(payloads[segment], offset: 1)
        let documents = try reader.count(), terms = try reader.count()
        for (changedDocuments, changedTerms) in [(documents + 1, terms), (documents - 1, terms), (documents, terms + 1), (documents, terms - 1)] {
            var header = ByteWriter()
            header.byte(tag(.segment))
            header.varint(changedDocuments)
            header.varint(changedTerms)
            var changed = payloads
            changed[segment] = header.bytes
            try assertRefused(changed, "segment header \(changedDocuments) documents, \(changedTerms) terms")
        }
        var end = ByteReader(payloads[payloads.count - 1], offset: 1)
        let live = try end.count(), segments = try end.count()
        for (changedLive, changedSegments) in [(live + 1, segments), (live, segments + 1)] {
            var trailer = ByteWriter()
            trailer.byte(tag(.end))
            trailer.varint(changedLive)
            trailer.varint(changedSegments)
            var changed = payloads
            changed[payloads.count - 1] = trailer.bytes
            try assertRefused(changed, "end frame \(changedLive) documents, \(changedSegments) segments")
        }
    }

    func testComponentsCutOrExtendedAreRefused() throws {
        for index in componentFrames() {
            var shorter = payloads
            shorter[index].removeLast()
            try assertRefused(shorter, "component frame \(index) (kind \(payloads[index][1])) one byte short")
            var longer = payloads
            longer[index].append(0)
            try assertRefused(longer, "component frame \(index) (kind \(payloads[index][1])) one byte long")
        }
    }

    /// Overwrites a varint-prefixed count near the start of each component with a large value; the arrays
    /// it sizes can no longer fit.
    func testInflatedArrayCountsAreRefused() throws {
        for index in componentFrames() {
            var changed = payloads
            let at = payloads[index][1] == SegmentComponent.distinct.rawValue ? 4 : 3
            guard changed[index].count > at + 5 else { continue }
            changed[index].replaceSubrange(at..<(at + 1), with: [0xFF, 0xFF, 0xFF, 0x7F])
            try assertRefused(changed, "component frame \(index) (kind \(payloads[index][1])) with an inflated count")
        }
    }

    /// Altered bytes behind valid checksums either fail to load or load into an index that still searches.
    func testAlteredComponentBytesNeverCrash() throws {
        for index in componentFrames() {
            for step in 1...4 {
                var changed = payloads
                let position = 3 + (changed[index].count - 3) * step / 5
                guard position < changed[index].count else { continue }
                changed[index][position] ^= UInt8(truncatingIfNeeded: 0x5A &+ step)
                try SnapshotFixture.rewrite(path, changed)
                guard let restored = try? SnapshotFixture.read(path) else { continue }
                for query in ["cotton", "steel pan", ""] {
                    var request = SearchRequest(query: query)
                    request.facets = ["brand", "price"]
                    request.sort = ["price:asc"]
                    _ = try? restored.search(request)
                }
            }
        }
    }
}
