/// Why a JSON text was rejected, and where.
///
/// `offset` is the 0-based byte offset of the offending byte (the input length at end of input);
/// `line` and `column` are 1-based, the column counted in UTF-8 bytes. For NDJSON input the line
/// is the NDJSON line. `description` reads like serde_json / Meilisearch:
/// "expected `,` or `}` at line 1 column 12".
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Locates `offset` in `bytes` by counting newlines before it.
    init(_ message: String, offset: Int, in bytes: UnsafeRawBufferPointer) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        self.init(message: message, offset: offset, line: line, column: offset - lineStart + 1)
    }

    public var description: String {
        "\(message) at line \(line) column \(column)"
    }
}
