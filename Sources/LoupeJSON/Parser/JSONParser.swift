/// Strict RFC 8259 parser from UTF-8 bytes to `JSONValue`.
///
/// Rejects, with a `JSONParseError` naming line and column: trailing commas, leading zeros,
/// NaN/Infinity, unescaped control characters, lone surrogates in `\u` escapes, invalid UTF-8,
/// anything after the value, empty input, a leading byte order mark, and nesting deeper than
/// `maxDepth` containers. Whitespace is space, tab, LF and CR only. A repeated object key keeps
/// its first position and its last value (serde_json's rule). Never recurses, so depth only costs heap.
public enum JSONParser {
    public static let defaultMaxDepth = 256

    public static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONParseError("expected a value", offset: 0, in: bytes)
        }
        var reader = JSONValueReader(
            buffer: bytes, base: base.assumingMemoryBound(to: UInt8.self), maxDepth: maxDepth)
        guard let value = try reader.readDocument(from: 0, to: bytes.count) else {
            throw JSONParseError("expected a value", offset: bytes.count, in: bytes)
        }
        return value
    }

    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in try parse(raw, maxDepth: maxDepth) }
        }.get()
    }

    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var text = text
        return try text.withUTF8 { utf8 in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(utf8), maxDepth: maxDepth) }
        }.get()
    }

    /// NDJSON: one value per non-blank line (LF-separated; a CR before the LF is whitespace).
    /// A value may not span lines; an error's `line` is the NDJSON line.
    public static func parseLines(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> [JSONValue] {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in
                var values: [JSONValue] = []
                guard var lines = NDJSONLineReader(raw, maxDepth: maxDepth) else { return values }
                while let (_, value) = try lines.next() { values.append(value) }
                return values
            }
        }.get()
    }

    /// Streaming NDJSON: calls `body(lineNumber, value)` for each non-blank line, in order,
    /// without collecting the values. Stops at the first `JSONParseError` or error thrown by `body`.
    public static func forEachLine(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth, _ body: (Int, JSONValue) throws -> Void
    ) throws {
        guard var lines = NDJSONLineReader(bytes, maxDepth: maxDepth) else { return }
        while let (line, value) = try lines.next() { try body(line, value) }
    }
}
