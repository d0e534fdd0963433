/// Reads what `ByteWriter` wrote; every read is bounds-checked and throws `SnapshotError` on short or
/// malformed input (payloads come from disk and are never trusted).
public struct ByteReader {
    private let bytes: [UInt8]
    public private(set) var offset: Int

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    public mutating func byte() throws(SnapshotError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated("payload") }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func fixed32() throws(SnapshotError) -> UInt32 {
        var value: UInt32 = 0
        for shift in stride(from: 0, to: 32, by: 8) { value |= UInt32(try byte()) << UInt32(shift) }
        return value
    }

    public mutating func fixed64() throws(SnapshotError) -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { value |= UInt64(try byte()) << UInt64(shift) }
        return value
    }

    public mutating func varint() throws(SnapshotError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw SnapshotError("varint too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A varint that must fit a non-negative `Int` no larger than `limit`.
    public mutating func count(limit: Int = Int(Int32.max)) throws(SnapshotError) -> Int {
        let value = try varint()
        guard value <= UInt64(limit) else { throw SnapshotError("count \(value) exceeds \(limit)") }
        return Int(value)
    }

    public mutating func signed() throws(SnapshotError) -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    public mutating func bool() throws(SnapshotError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw SnapshotError("invalid boolean byte \(other)")
        }
    }

    public mutating func data() throws(SnapshotError) -> ArraySlice<UInt8> {
        let length = try count(limit: bytes.count - offset)
        defer { offset += length }
        return bytes[offset..<(offset + length)]
    }

    /// Calls `body` with the next `count` bytes, then moves past them.
    public mutating func block<R>(_ count: Int, _ body: (UnsafeRawBufferPointer) throws(SnapshotError) -> R) throws(SnapshotError) -> R {
        guard count >= 0, count <= bytes.count - offset else { throw .truncated("payload") }
        let start = offset
        let result: Result<R, SnapshotError> = bytes.withUnsafeBytes { all in
            do throws(SnapshotError) {
                return .success(try body(UnsafeRawBufferPointer(rebasing: all[start..<(start + count)])))
            } catch {
                return .failure(error)
            }
        }
        offset += count
        return try result.get()
    }

    /// An array written by `ByteWriter.rawArray`: its count, then its elements' bytes copied in one block.
    public mutating func rawArray<T: BitwiseCopyable>(of type: T.Type = T.self) throws(SnapshotError) -> [T] {
        let stride = MemoryLayout<T>.stride
        let count = try count(limit: (bytes.count - offset) / stride)
        return try block(count * stride) { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                if count > 0 { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw) }
                initialized = count
            }
        }
    }

    public mutating func string() throws(SnapshotError) -> String {
        String(decoding: try data(), as: UTF8.self)
    }

    public mutating func optionalString() throws(SnapshotError) -> String? {
        try bool() ? try string() : nil
    }

    public mutating func strings() throws(SnapshotError) -> [String] {
        let count = try count(limit: bytes.count - offset)
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try string()) }
        return texts
    }
}
