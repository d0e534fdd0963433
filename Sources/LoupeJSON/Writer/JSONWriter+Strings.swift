extension JSONWriter {
    /// Appends `s` quoted and escaped.
    public mutating func writeString(_ s: String) {
        var s = s
        s.withUTF8 { writeStringUTF8($0) }
    }

    /// Appends valid UTF-8 `utf8` quoted and escaped, copying runs of bytes that need no escape
    /// at once (found eight bytes at a time).
    public mutating func writeStringUTF8(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var k = 0
        let count = utf8.count
        while k < count {
            if count - k >= 8, let base = utf8.baseAddress,
               !JSONStringBytes.mayNeedEscaping(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) {
                k += 8
                continue
            }
            let b = utf8[k]
            k += 1
            guard JSONStringBytes.needsEscaping(b) else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(k - 1)]))
            appendEscape(for: b)
            runStart = k
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(for b: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex: StaticString = "0123456789abcdef"
            let digits = hex.utf8Start
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(b >> 4)], digits[Int(b & 0xF)]])
        }
    }
}
