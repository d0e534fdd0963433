/// Reads JSON values from a byte buffer with an explicit container stack, so nesting depth costs
/// heap, never call stack: 100,000 `[` fail at `maxDepth` instead of overflowing the stack.
///
/// Children of open containers wait on one shared `pending` stack and are moved into their
/// array or object when the container closes. One reader is reused across NDJSON lines.
struct JSONValueReader {
    /// One open container.
    struct Frame {
        var firstPendingValue: Int
        var firstPendingKey: Int
        var isObject: Bool
    }

    /// The whole input; error positions are located in it.
    let buffer: UnsafeRawBufferPointer
    let p: UnsafePointer<UInt8>
    let maxDepth: Int
    var i = 0
    var end = 0
    var frames: [Frame] = []
    var pendingValues: [JSONValue] = []
    var pendingKeys: [String] = []
    /// Decoded bytes of the string being read when it contains escapes.
    var scratch: [UInt8] = []

    /// `buffer` must be non-empty.
    init(buffer: UnsafeRawBufferPointer, base: UnsafePointer<UInt8>, maxDepth: Int) {
        self.buffer = buffer
        self.p = base
        self.maxDepth = maxDepth
    }

    func error(_ message: String, at offset: Int) -> JSONParseError {
        JSONParseError(message, offset: offset, in: buffer)
    }

    /// Reads the single value that must fill `start..<stop` apart from whitespace;
    /// nil when the range holds only whitespace.
    mutating func readDocument(from start: Int, to stop: Int) throws(JSONParseError) -> JSONValue? {
        i = start
        end = stop
        if stop - start >= 3, p[start] == 0xEF, p[start + 1] == 0xBB, p[start + 2] == 0xBF {
            throw error("byte order mark (U+FEFF) is not allowed at the start of JSON text", at: start)
        }
        skipWhitespace()
        guard i < end else { return nil }
        let value = try readValue()
        skipWhitespace()
        guard i == end else { throw error("trailing characters", at: i) }
        return value
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while i < end {
            let b = p[i]
            guard b <= 0x20, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
        }
    }

    /// Reads one value starting at a non-whitespace byte.
    mutating func readValue() throws(JSONParseError) -> JSONValue {
        var value: JSONValue
        parsing: while true {
            skipWhitespace()
            guard i < end else { throw endOfInputError() }
            switch p[i] {
            case UInt8(ascii: "\""):
                value = .string(try readString())
            case UInt8(ascii: "{"):
                try openContainer(isObject: true)
                if i < end, p[i] == UInt8(ascii: "}") {
                    i += 1
                    frames.removeLast()
                    value = .object(JSONObject())
                } else {
                    try readMemberKey()
                    continue parsing
                }
            case UInt8(ascii: "["):
                try openContainer(isObject: false)
                if i < end, p[i] == UInt8(ascii: "]") {
                    i += 1
                    frames.removeLast()
                    value = .array([])
                } else {
                    continue parsing
                }
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try readNumber())
            default:
                throw error("expected a value", at: i)
            }

            // Hand the finished value to its container; close every container that ends here.
            while let frame = frames.last {
                pendingValues.append(value)
                skipWhitespace()
                guard i < end else { throw endOfInputError() }
                let c = p[i]
                if c == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace()
                    if frame.isObject {
                        try readMemberKey()
                    } else if i < end, p[i] == UInt8(ascii: "]") {
                        throw error("trailing comma", at: i)
                    }
                    continue parsing
                }
                if frame.isObject {
                    guard c == UInt8(ascii: "}") else { throw error("expected `,` or `}`", at: i) }
                    value = .object(closeObject(frame))
                } else {
                    guard c == UInt8(ascii: "]") else { throw error("expected `,` or `]`", at: i) }
                    value = .array(closeArray(frame))
                }
                i += 1
                frames.removeLast()
            }
            return value
        }
    }

    /// Consumes `{` or `[` and the whitespace after it, refusing to nest beyond `maxDepth`.
    private mutating func openContainer(isObject: Bool) throws(JSONParseError) {
        guard frames.count < maxDepth else {
            throw error("recursion limit exceeded (maximum depth \(maxDepth))", at: i)
        }
        frames.append(Frame(
            firstPendingValue: pendingValues.count, firstPendingKey: pendingKeys.count, isObject: isObject))
        i += 1
        skipWhitespace()
    }

    /// Reads `"key"` and the `:` after it, at a non-whitespace byte inside an object.
    private mutating func readMemberKey() throws(JSONParseError) {
        guard i < end else { throw endOfInputError() }
        guard p[i] == UInt8(ascii: "\"") else {
            if p[i] == UInt8(ascii: "}") { throw error("trailing comma", at: i) }
            throw error("key must be a string", at: i)
        }
        pendingKeys.append(try readString())
        skipWhitespace()
        guard i < end else { throw endOfInputError() }
        guard p[i] == UInt8(ascii: ":") else { throw error("expected `:`", at: i) }
        i += 1
    }

    private mutating func closeArray(_ frame: Frame) -> [JSONValue] {
        Self.movePending(from: &pendingValues, start: frame.firstPendingValue, leaving: .null)
    }

    private mutating func closeObject(_ frame: Frame) -> JSONObject {
        JSONObject(
            keys: Self.movePending(from: &pendingKeys, start: frame.firstPendingKey, leaving: ""),
            values: Self.movePending(from: &pendingValues, start: frame.firstPendingValue, leaving: .null))
    }

    /// Moves `stack[start...]` into a new exactly-sized array without retain/release traffic:
    /// the vacated slots are refilled with a trivial `filler` and then dropped.
    private static func movePending<Element>(from stack: inout [Element], start: Int, leaving filler: Element) -> [Element] {
        let count = stack.count - start
        let taken = stack.withUnsafeMutableBufferPointer { all in
            let source = UnsafeMutableBufferPointer(rebasing: all[start...])
            let moved = [Element](unsafeUninitializedCapacity: count) { destination, initialized in
                _ = destination.moveInitialize(fromContentsOf: source)
                initialized = count
            }
            source.initialize(repeating: filler)
            return moved
        }
        stack.removeLast(count)
        return taken
    }

    private func endOfInputError() -> JSONParseError {
        let what: String
        switch frames.last?.isObject {
        case .none: what = "expected a value"
        case .some(true): what = "unexpected end of input while parsing an object"
        case .some(false): what = "unexpected end of input while parsing an array"
        }
        return error(what, at: end)
    }
}
