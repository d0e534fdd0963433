#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks NDJSON input line by line (found with `memchr`), reading one value per non-blank line
/// with a single reused `JSONValueReader`. Empty input has no lines (the initializer returns nil).
struct NDJSONLineReader {
    private var reader: JSONValueReader
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var lineStart = 0
    private var lineNumber = 0

    init?(_ bytes: UnsafeRawBufferPointer, maxDepth: Int) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
        base = start.assumingMemoryBound(to: UInt8.self)
        count = bytes.count
        reader = JSONValueReader(buffer: bytes, base: base, maxDepth: maxDepth)
    }

    /// The next non-blank line's number (1-based) and value, or nil at the end of input.
    mutating func next() throws(JSONParseError) -> (Int, JSONValue)? {
        while lineStart < count {
            lineNumber += 1
            let start = lineStart
            let lineEnd: Int
            if let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), count - start) {
                lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
            } else {
                lineEnd = count
            }
            lineStart = lineEnd + 1
            if let value = try reader.readDocument(from: start, to: lineEnd) {
                return (lineNumber, value)
            }
        }
        return nil
    }
}
