/// Appends compact JSON rows (one object per line, NDJSON) straight into a byte buffer.
///
/// It is the generator's single output path: products and price rows are encoded here and
/// `CatalogGenerator.product(at:)` parses the same bytes, so the two views cannot drift apart.
/// Commas are placed automatically; nesting is tracked in a 64-bit mask, so containers may be
/// nested at most 64 deep (the generator uses 3). Text given as `[UInt8]` must already be
/// JSON-escaped (see `JSONText`); text given as `String` is escaped here.
struct RowEncoder {
    private(set) var bytes: [UInt8] = []
    /// Bit `depth` is set once the container at that depth holds an element.
    private var hasElement: UInt64 = 0
    private var depth = 0
    private var afterKey = false

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its storage.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        hasElement = 0
        depth = 0
        afterKey = false
    }

    /// Bytes written so far; a mark for `discard(from:)`.
    var count: Int { bytes.count }

    /// Drops everything written after `mark` (used to retry a piece of text that came out too long;
    /// never across an open or close of a container).
    mutating func discard(from mark: Int) {
        bytes.removeSubrange(mark...)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Ends the current row with a newline; call at depth 0.
    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        hasElement = 0
    }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A string value from pre-escaped bytes.
    mutating func string(_ escaped: [UInt8]) {
        beginString()
        bytes.append(contentsOf: escaped)
        endString()
    }

    /// A string value from arbitrary text, escaped on the way.
    mutating func string(_ text: String) {
        string(JSONText.escaped(text))
    }

    /// A string value from text known to need no escaping: generated ids, validated codes.
    mutating func plainString(_ text: String) {
        beginString()
        bytes.append(contentsOf: text.utf8)
        endString()
    }

    /// A string value from one of the generator's own literals ("region_id", "eq").
    mutating func literalString(_ text: StaticString) {
        beginString()
        raw(text)
        endString()
    }

    /// Opens a string value whose pieces are then added with `raw(_:)`, `rawInt(_:)`; close with `endString()`.
    mutating func beginString() {
        separate()
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func endString() { bytes.append(UInt8(ascii: "\"")) }

    /// Appends pre-escaped bytes inside an open string.
    mutating func raw(_ escaped: [UInt8]) { bytes.append(contentsOf: escaped) }

    /// Appends text that is known to need no escaping (validated ids and codes) inside an open string.
    mutating func raw(plain text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func raw(_ text: StaticString) { text.withUTF8Buffer { bytes.append(contentsOf: $0) } }

    mutating func rawByte(_ byte: UInt8) { bytes.append(byte) }

    /// Appends the decimal digits of `value` inside an open string, left-padded with zeros to `width`.
    mutating func rawInt(_ value: Int, width: Int = 0) {
        DecimalText.appendInteger(value, minimumDigits: width, to: &bytes)
    }

    mutating func int(_ value: Int) {
        separate()
        DecimalText.appendInteger(value, minimumDigits: 0, to: &bytes)
    }

    /// A JSON number written exactly from integer minor units: `(2599, exponent: 2)` → `25.99`.
    mutating func decimal(minorUnits: Int, exponent: Int) {
        separate()
        DecimalText.appendDecimal(minorUnits: minorUnits, exponent: exponent, to: &bytes)
    }

    /// The same exact decimal as a JSON string: `"25.99"`.
    mutating func decimalString(minorUnits: Int, exponent: Int) {
        beginString()
        DecimalText.appendDecimal(minorUnits: minorUnits, exponent: exponent, to: &bytes)
        endString()
    }

    mutating func bool(_ value: Bool) {
        separate()
        if value { raw("true") } else { raw("false") }
    }

    mutating func null() {
        separate()
        raw("null")
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        hasElement &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        depth -= 1
    }

    /// Writes a comma before any value or key that is not the first in its container.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        let bit: UInt64 = 1 << UInt64(depth)
        if hasElement & bit != 0 { bytes.append(UInt8(ascii: ",")) } else { hasElement |= bit }
    }
}
