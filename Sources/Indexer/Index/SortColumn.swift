/// Per-document sort values of one attribute in one segment: Meilisearch orders numbers first, then
/// strings (normalised, accents kept), then documents without the attribute — in both directions.
///
/// A document with several values (an array) sorts by its smallest value ascending and its largest
/// descending, so both ends are kept. Strings are stored once, sorted, and documents refer to them by rank.
struct SortColumn: Sendable {
    static let none = UInt32.max

    private(set) var minNumber: [Double] = []
    private(set) var maxNumber: [Double] = []
    private(set) var minString: [UInt32] = []
    private(set) var maxString: [UInt32] = []
    /// Sorted, unique normalised strings of this segment.
    private(set) var strings: [String] = []

    /// Builds the column from each document's values (numbers and normalised strings).
    init(values: [(numbers: [Double], strings: [String])]) {
        var unique = Set<String>()
        for value in values { unique.formUnion(value.strings) }
        strings = unique.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var rankOf: [String: UInt32] = [:]
        for (rank, text) in strings.enumerated() { rankOf[text] = UInt32(rank) }
        minNumber.reserveCapacity(values.count)
        for value in values {
            minNumber.append(value.numbers.min() ?? .nan)
            maxNumber.append(value.numbers.max() ?? .nan)
            let ranks = value.strings.compactMap { rankOf[$0] }
            minString.append(ranks.min() ?? Self.none)
            maxString.append(ranks.max() ?? Self.none)
        }
    }

    /// A column from its arrays (a snapshot's).
    init(minNumber: [Double], maxNumber: [Double], minString: [UInt32], maxString: [UInt32], strings: [String]) {
        self.minNumber = minNumber
        self.maxNumber = maxNumber
        self.minString = minString
        self.maxString = maxString
        self.strings = strings
    }

    /// A key for `local` where a smaller key sorts first: `(group, payload)`, group 0 numbers, 1 strings,
    /// 2 missing. String payloads are ranks local to this segment (see `string(rank:)` to compare across).
    @inline(__always)
    func key(_ local: UInt32, ascending: Bool) -> (group: UInt64, payload: UInt64) {
        let index = Int(local)
        let number = ascending ? minNumber[index] : maxNumber[index]
        if !number.isNaN {
            let bits = Self.orderedBits(number)
            return (0, ascending ? bits : ~bits)
        }
        let rank = ascending ? minString[index] : maxString[index]
        if rank != Self.none { return (1, ascending ? UInt64(rank) : ~UInt64(rank)) }
        return (2, 0)
    }

    /// The string behind a payload of group 1.
    func string(payload: UInt64, ascending: Bool) -> String {
        strings[Int(ascending ? payload : ~payload)]
    }

    /// Maps a double onto an unsigned integer with the same order.
    @inline(__always)
    static func orderedBits(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    var byteSize: Int { minNumber.count * 24 + strings.reduce(0) { $0 + $1.utf8.count + 16 } }
}
