/// Byte tests shared by the string reader and writer: the bytes that must be escaped inside a
/// JSON string are `"`, `\\` and everything below 0x20.
enum JSONStringBytes {
    @inline(__always)
    static func needsEscaping(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    /// False only when none of the eight bytes of `word` needs escaping (SWAR zero-byte test;
    /// it may say true for an ordinary byte, never false for one that needs escaping).
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let quote = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control != 0
    }
}
