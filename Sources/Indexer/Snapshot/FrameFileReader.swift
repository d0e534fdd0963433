#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the frames `FrameFileWriter` wrote, streaming, and checks each checksum.
///
/// `next()` gives the next payload, `.end` at a clean end of file, or `.damaged` with the offset where the
/// bad frame starts (a short header, a length past the end of the file, or a checksum mismatch): for a log
/// that is the torn tail to cut off; for a snapshot it makes the whole file invalid.
public final class FrameFileReader {
    public enum Item {
        case frame([UInt8])
        case end
        case damaged(offset: Int, reason: String)
    }

    public let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var eof = false
    /// File offset of `buffer[0]`.
    private var bufferOffset = 0
    /// File offset just past the last good frame.
    public private(set) var offset = 0

    public init(path: String) throws(SnapshotError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SnapshotError("cannot open \(path): \(FrameFileWriter.lastError())") }
    }

    deinit { close(descriptor) }

    public func next() -> Item {
        guard fill(FrameFileWriter.headerSize) else {
            return available == 0 ? .end : .damaged(offset: offset, reason: "short frame header")
        }
        let length = Int(word(at: position)), crc = word(at: position + 4)
        guard length <= FrameFileWriter.maxPayload else { return .damaged(offset: offset, reason: "frame length \(length) too large") }
        let payload: [UInt8]
        if length > Self.directReadBytes && available < FrameFileWriter.headerSize + length {
            guard let direct = readDirect(length, from: position + FrameFileWriter.headerSize) else {
                return .damaged(offset: offset, reason: "frame cut short")
            }
            payload = direct
        } else {
            guard fill(FrameFileWriter.headerSize + length) else { return .damaged(offset: offset, reason: "frame cut short") }
            let start = position + FrameFileWriter.headerSize
            payload = Array(buffer[start..<(start + length)])
            position = start + length
        }
        guard CRC32C.checksum(payload) == crc else { return .damaged(offset: offset, reason: "checksum mismatch") }
        offset = bufferOffset + position
        return .frame(payload)
    }

    /// Frames larger than this are read straight into their payload array, not through the buffer.
    private static let directReadBytes = 1 << 20

    /// The `length`-byte payload starting at `buffer[start]`: the buffered part copied, the rest read from
    /// the file into place; nil (nothing consumed) when the file ends first.
    private func readDirect(_ length: Int, from start: Int) -> [UInt8]? {
        let buffered = buffer.count - start
        var complete = true
        let payload = [UInt8](unsafeUninitializedCapacity: length) { target, initialized in
            buffer.withUnsafeBufferPointer { all in
                _ = UnsafeMutableBufferPointer(rebasing: target[0..<buffered]).initialize(from: all[start...])
            }
            var filled = buffered
            while filled < length {
                let result = read(descriptor, target.baseAddress! + filled, length - filled)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { complete = false; break }
                filled += result
            }
            initialized = filled
        }
        guard complete else {
            // Keep what was read so the reader reports the same damaged offset as a buffered read would.
            buffer.append(contentsOf: payload[buffered...])
            eof = true
            return nil
        }
        bufferOffset += buffer.count + (length - buffered)
        buffer.removeAll(keepingCapacity: false)
        position = 0
        return payload
    }

    /// The next frame's payload, throwing on a damaged frame or the end of the file.
    public func require(_ what: String) throws(SnapshotError) -> [UInt8] {
        switch next() {
        case .frame(let payload): return payload
        case .end: throw .truncated(what)
        case .damaged(let at, let reason): throw SnapshotError("\(path): \(reason) at byte \(at) (reading \(what))")
        }
    }

    private var available: Int { buffer.count - position }

    private func word(at index: Int) -> UInt32 {
        UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8 | UInt32(buffer[index + 2]) << 16 | UInt32(buffer[index + 3]) << 24
    }

    /// Ensures `count` unread bytes are buffered; false when the file ends first.
    private func fill(_ count: Int) -> Bool {
        if available >= count { return true }
        if position > 0 {
            buffer.removeFirst(position)
            bufferOffset += position
            position = 0
        }
        while buffer.count < count && !eof {
            let want = max(count - buffer.count, 1 << 20)
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: want))
            let result = buffer.withUnsafeMutableBytes { all in read(descriptor, all.baseAddress! + old, want) }
            if result < 0 && errno == EINTR { buffer.removeLast(want); continue }
            let got = max(0, result)
            buffer.removeLast(want - got)
            if got == 0 { eof = true }
        }
        return buffer.count >= count
    }
}
