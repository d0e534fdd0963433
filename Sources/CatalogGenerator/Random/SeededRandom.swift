/// A small, fast SplitMix64 generator keyed by a seed and a stream number.
///
/// The catalog derives one independent stream per product (and per price list), so the value
/// drawn for product `i` depends only on `(seed, i)`: a smaller catalog is always a prefix of a
/// larger one. Not cryptographic; identical on every platform.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A stream for `(seed, stream, salt)`; different salts give unrelated streams for the same index.
    init(seed: UInt64, stream: UInt64, salt: UInt64 = 0) {
        state = SeededRandom.mix(seed &+ 0x9E37_79B9_7F4A_7C15)
            ^ SeededRandom.mix(stream &* 0xD1B5_4A32_D192_ED03 &+ salt &* 0xA076_1D64_78BD_642F)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SeededRandom.mix(state)
    }

    /// A uniform integer in `0..<bound` (`bound > 0`), by multiply-shift (Lemire) without rejection:
    /// the bias is below 2^-40 for the small bounds the generator uses.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent`/100.
    mutating func chance(percent: Int) -> Bool {
        below(100) < percent
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
