/// The prices of up to ``PriceChunk/capacity`` consecutive price sets, stored contiguously.
///
/// A chunk is immutable once built. Replacing a price set builds a new chunk for its 256 sets
/// and shares every other chunk with the previous generation (see `PriceBook+Updates.swift`).
/// Inside a set, prices are ordered by currency, then list prices, then base prices in Medusa's
/// order (more rules first, lower amount, then id), so the first eligible base price is the best.
final class PriceChunk: Sendable {
    static let shift = 8
    static let capacity = 1 << shift

    /// `setStarts[i] ..< setStarts[i + 1]` are the prices of the chunk's i-th set.
    let setStarts: [UInt32]
    let prices: [PriceRecord]
    let rules: [PriceRuleRecord]
    /// Price ids, UTF-8, `idEnds[i-1] ..< idEnds[i]` for price i.
    let idBytes: [UInt8]
    let idEnds: [UInt32]
    /// Original bounds of prices whose quantity bounds are fractional or beyond the `Int32`
    /// record (rare), by price index.
    let fractionalBounds: [UInt32: QuantityBoundsText]
    /// Significands of amounts that do not fit an `Int64` (see ``PriceRecord/amountBits``).
    let wideAmounts: [Int128]

    init(setStarts: [UInt32], prices: [PriceRecord], rules: [PriceRuleRecord], idBytes: [UInt8],
         idEnds: [UInt32], fractionalBounds: [UInt32: QuantityBoundsText], wideAmounts: [Int128]) {
        self.setStarts = setStarts
        self.prices = prices
        self.wideAmounts = wideAmounts
        self.rules = rules
        self.idBytes = idBytes
        self.idEnds = idEnds
        self.fractionalBounds = fractionalBounds
    }

    static let empty = PriceChunk(setStarts: [0], prices: [], rules: [], idBytes: [], idEnds: [], fractionalBounds: [:],
                                  wideAmounts: [])

    var setCount: Int { setStarts.count - 1 }

    @inline(__always)
    func priceRange(ofLocalSet local: Int) -> Range<Int> {
        guard local + 1 < setStarts.count else { return 0..<0 }
        return Int(setStarts[local])..<Int(setStarts[local + 1])
    }

    /// The exact amount of price `index`.
    @inline(__always)
    func amount(_ index: Int) -> ExactDecimal { prices[index].amount(wideAmounts) }

    func priceId(_ index: Int) -> String {
        let start = index == 0 ? 0 : Int(idEnds[index - 1])
        return String(decoding: idBytes[start..<Int(idEnds[index])], as: UTF8.self)
    }

    /// Compares the ids of two prices (byte order of their UTF-8), possibly in different chunks.
    static func compareIds(_ a: PriceChunk, _ i: Int, _ b: PriceChunk, _ j: Int) -> Int {
        let aStart = i == 0 ? 0 : Int(a.idEnds[i - 1]), aEnd = Int(a.idEnds[i])
        let bStart = j == 0 ? 0 : Int(b.idEnds[j - 1]), bEnd = Int(b.idEnds[j])
        return a.idBytes.withUnsafeBufferPointer { ab in
            b.idBytes.withUnsafeBufferPointer { bb in
                var x = aStart, y = bStart
                while x < aEnd && y < bEnd {
                    if ab[x] != bb[y] { return ab[x] < bb[y] ? -1 : 1 }
                    x += 1
                    y += 1
                }
                return (aEnd - aStart) - (bEnd - bStart) < 0 ? -1 : ((aEnd - aStart) == (bEnd - bStart) ? 0 : 1)
            }
        }
    }

    /// The `min_quantity` / `max_quantity` Medusa echoes for price `index` (0 and NULL → nil).
    func echoedBounds(_ index: Int) -> (min: ExactDecimal?, max: ExactDecimal?) {
        if !fractionalBounds.isEmpty, let text = fractionalBounds[UInt32(index)] { return (text.min, text.max) }
        let p = prices[index]
        let lo: ExactDecimal? = (p.minQuantity == PriceRecord.openMin || p.minQuantity == 0) ? nil : ExactDecimal(Int64(p.minQuantity))
        let hi: ExactDecimal? = (p.maxQuantity == PriceRecord.openMax || p.maxQuantity == 0) ? nil : ExactDecimal(Int64(p.maxQuantity))
        return (lo, hi)
    }
}

/// The exact quantity bounds of a price whose bounds are not integers (kept for the echo).
struct QuantityBoundsText: Sendable {
    var min: ExactDecimal?
    var max: ExactDecimal?
}
