#if _endian(big)
#error("snapshot raw arrays are written as host memory, which must be little-endian")
#endif

/// Appends integers (little-endian or LEB128 varints), strings and byte runs to a growing buffer: the
/// payload encoding of snapshot frames and log records.
public struct ByteWriter: Sendable {
    public var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func fixed32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    public mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    public mutating func varint(_ value: Int) { varint(UInt64(max(0, value))) }

    public mutating func signed(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A length-prefixed byte run.
    public mutating func data<C: Collection>(_ run: C) where C.Element == UInt8 {
        varint(run.count)
        bytes.append(contentsOf: run)
    }

    /// An array of fixed-size values: its count, then its memory copied as one block (little-endian
    /// hosts only, so the bytes are the values' little-endian encoding).
    public mutating func rawArray<T: BitwiseCopyable>(_ values: [T]) {
        varint(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ text: String) { data(text.utf8) }

    /// A string or nothing: a presence byte, then the string.
    public mutating func optionalString(_ text: String?) {
        bool(text != nil)
        if let text { string(text) }
    }

    public mutating func strings(_ texts: [String]) {
        varint(texts.count)
        for text in texts { string(text) }
    }
}
