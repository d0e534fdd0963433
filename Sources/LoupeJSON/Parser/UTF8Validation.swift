/// Locates the first byte that breaks UTF-8 well-formedness (Unicode Table 3-7): overlong forms,
/// surrogates, code points above U+10FFFF, stray or missing continuation bytes.
/// Called only for strings that contain non-ASCII bytes.
enum UTF8Validation {
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = 0
        while k < bytes.count {
            let lead = bytes[k]
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0x00...0x7F: k += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return k
            }
            for n in 1..<length {
                guard k + n < bytes.count else { return k }
                let range: ClosedRange<UInt8> = n == 1 ? secondRange : 0x80...0xBF
                guard range.contains(bytes[k + n]) else { return k }
            }
            k += length
        }
        return nil
    }
}
