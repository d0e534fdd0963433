/// Appends compact JSON text (no whitespace) to a byte buffer.
///
/// Strings are written as raw UTF-8 with only `"`, `\` and control characters escaped
/// (`\n \t \r \b \f`, otherwise `\u00XX`); numbers are written from their literal text.
/// The `write…` methods append one JSON token or value each: separators between them are the
/// caller's job (`writeRaw(",")`), except inside `write(_: JSONValue)`.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public var bytes: [UInt8]

    public init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends `value` in compact form, object members in their stored order.
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null:
            writeRaw("null")
        case .bool(let b):
            writeRaw(b ? "true" : "false")
        case .number(let n):
            writeNumber(n)
        case .string(let s):
            writeString(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (k, element) in elements.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            for k in 0..<object.count {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(object.keys[k])
                bytes.append(UInt8(ascii: ":"))
                write(object.values[k])
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends an already-serialized JSON fragment unchanged.
    public mutating func writeRaw(_ fragment: some Sequence<UInt8>) {
        bytes.append(contentsOf: fragment)
    }

    /// Appends an ASCII fragment (punctuation, literals) unchanged.
    public mutating func writeRaw(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a number's literal text.
    public mutating func writeNumber(_ n: JSONNumber) {
        var literal = n.literal
        literal.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends the shortest round-trip text of `d` (see `JSONNumber.init(_: Double)` for
    /// integral values and non-finite input).
    public mutating func writeDouble(_ d: Double) {
        writeNumber(JSONNumber(d))
    }

    /// Appends the decimal digits of `v`.
    public mutating func writeInt(_ v: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = v.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if v < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
