/// Reads filter operands as numbers the way Meilisearch does (Rust `f64::from_str`): an optional sign,
/// decimal digits with an optional fraction and exponent. Hex floats, `inf` and `nan` are not numbers here.
enum FilterNumber {
    static func finiteValue(of text: String) -> Double? {
        var digits = 0, i = text.utf8.startIndex
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count < 400 else { return nil }
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i = bytes.index(after: i) }
        while i < bytes.endIndex, bytes[i] &- UInt8(ascii: "0") < 10 { digits += 1; i = bytes.index(after: i) }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") {
            i = bytes.index(after: i)
            while i < bytes.endIndex, bytes[i] &- UInt8(ascii: "0") < 10 { digits += 1; i = bytes.index(after: i) }
        }
        guard digits > 0 else { return nil }
        if i < bytes.endIndex, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i = bytes.index(after: i)
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i = bytes.index(after: i) }
            var exponentDigits = 0
            while i < bytes.endIndex, bytes[i] &- UInt8(ascii: "0") < 10 { exponentDigits += 1; i = bytes.index(after: i) }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == bytes.endIndex, let value = Double(text), value.isFinite else { return nil }
        return value == 0 ? 0 : value   // -0 and 0 are one facet value
    }
}
