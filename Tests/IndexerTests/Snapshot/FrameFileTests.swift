import Foundation
import Indexer
import XCTest

/// The checksummed framing shared by log records and snapshots: CRC-32C, the byte codec, and how a
/// reader reports a clean end, a torn tail and a flipped byte.
final class FrameFileTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "loupe-frames-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testCRC32CMatchesTheStandardCheckValueAndContinues() {
        let text = Array("123456789".utf8)
        XCTAssertEqual(CRC32C.checksum(text), 0xE306_9283)
        XCTAssertEqual(CRC32C.checksum([]), 0)
        let long = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let split = long.withUnsafeBytes { all in
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: all[333...]),
                            continuing: CRC32C.checksum(UnsafeRawBufferPointer(rebasing: all[..<333])))
        }
        XCTAssertEqual(split, CRC32C.checksum(long))
    }

    func testByteCodecRoundTripsAndRejectsShortInput() throws {
        var writer = ByteWriter()
        writer.fixed64(0xDEAD_BEEF_0102_0304)
        writer.varint(300)
        writer.signed(-5)
        writer.string("héllo")
        writer.optionalString(nil)
        writer.strings(["a", "", "c"])
        var reader = ByteReader(writer.bytes)
        XCTAssertEqual(try reader.fixed64(), 0xDEAD_BEEF_0102_0304)
        XCTAssertEqual(try reader.varint(), 300)
        XCTAssertEqual(try reader.signed(), -5)
        XCTAssertEqual(try reader.string(), "héllo")
        XCTAssertNil(try reader.optionalString())
        XCTAssertEqual(try reader.strings(), ["a", "", "c"])
        XCTAssertTrue(reader.isAtEnd)

        var short = ByteReader(Array(writer.bytes.prefix(10)))
        _ = try short.fixed64()
        XCTAssertThrowsError(try short.string())
    }

    private func writeFrames(_ payloads: [[UInt8]]) throws -> String {
        let path = directory + "/frames"
        let writer = try FrameFileWriter(path: path, truncate: true)
        for payload in payloads { try writer.append(payload) }
        try writer.sync()
        return path
    }

    private func readAll(_ path: String) throws -> (frames: [[UInt8]], last: FrameFileReader.Item) {
        let reader = try FrameFileReader(path: path)
        var frames: [[UInt8]] = []
        while true {
            let item = reader.next()
            guard case .frame(let payload) = item else { return (frames, item) }
            frames.append(payload)
        }
    }

    func testFramesReadBackInOrder() throws {
        let payloads: [[UInt8]] = [[1, 2, 3], [], Array(repeating: 9, count: 3 << 20)]
        let (frames, last) = try readAll(try writeFrames(payloads))
        XCTAssertEqual(frames, payloads)
        guard case .end = last else { return XCTFail("expected a clean end, got \(last)") }
    }

    func testTornTailIsReportedAtTheLastGoodFrame() throws {
        let path = try writeFrames([[1, 2, 3], [4, 5, 6, 7]])
        let goodLength = FrameFileWriter.headerSize + 3
        try DurableFiles.truncate(path, to: goodLength + FrameFileWriter.headerSize + 2)
        let (frames, last) = try readAll(path)
        XCTAssertEqual(frames, [[1, 2, 3]])
        guard case .damaged(let offset, _) = last else { return XCTFail("expected damage, got \(last)") }
        XCTAssertEqual(offset, goodLength)
    }

    /// Frames larger than the read buffer are read straight into place, between buffered ones.
    func testLargeFramesReadBackAndTearLikeSmallOnes() throws {
        let large = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try writeFrames([[1, 2, 3], large, [4, 5], large, [6]])
        XCTAssertEqual(try readAll(path).frames, [[1, 2, 3], large, [4, 5], large, [6]])
        let goodLength = 3 * FrameFileWriter.headerSize + 3 + large.count + 2
        try DurableFiles.truncate(path, to: goodLength + FrameFileWriter.headerSize + large.count / 2)
        let (frames, last) = try readAll(path)
        XCTAssertEqual(frames, [[1, 2, 3], large, [4, 5]])
        guard case .damaged(let offset, _) = last else { return XCTFail("expected damage, got \(last)") }
        XCTAssertEqual(offset, goodLength)
    }

    func testFlippedByteFailsTheChecksum() throws {
        let path = try writeFrames([[1, 2, 3], [4, 5, 6, 7]])
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 1] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (frames, last) = try readAll(path)
        XCTAssertEqual(frames, [[1, 2, 3]])
        guard case .damaged(_, let reason) = last else { return XCTFail("expected damage, got \(last)") }
        XCTAssertTrue(reason.contains("checksum"), reason)
    }
}
