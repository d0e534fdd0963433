import Foundation

/// Precomputed cumulative Zipf weights for ranks `1...count`: rank `r` has weight `1 / r^exponent`.
///
/// Drawing is one random number and a binary search over integer cumulative weights, with no
/// allocation. Rank 0 (the first element of whatever the table indexes) is the most frequent.
/// An exponent of 0 gives a uniform draw; a count below 1 is treated as 1.
struct ZipfTable: Sendable {
    private let cumulative: [UInt64]

    init(count: Int, exponent: Double) {
        let ranks = 1...max(count, 1)
        let weights = ranks.map { 1 / pow(Double($0), exponent) }
        let scale = Double(UInt64(1) << 40) / weights.reduce(0, +)
        var running: UInt64 = 0
        cumulative = weights.map { weight in
            running += max(1, UInt64(weight * scale))
            return running
        }
    }

    var count: Int { cumulative.count }

    /// A rank in `0..<count`, drawn with the Zipf weights.
    func draw(_ random: inout SeededRandom) -> Int {
        let target = random.next().multipliedFullWidth(by: cumulative[cumulative.count - 1]).high
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) >> 1
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
