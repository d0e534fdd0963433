/// How one query term matched inside one candidate document, gathered by `DocumentScanner`.
struct TermMatch {
    /// Occurrences kept per term for proximity: the first ones, where the best pairs usually are.
    static let maxOccurrences = 8

    var matched = false
    var bestCost: UInt8 = .max
    var exact = false
    var bestRank = UInt32.max
    var bestPosition = UInt32.max
    /// (field, position) of the first occurrences, for proximity.
    var fields: [UInt32] = []
    var positions: [UInt32] = []

    mutating func reset() {
        matched = false
        bestCost = .max
        exact = false
        bestRank = .max
        bestPosition = .max
        fields.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func record(cost: UInt8, exact isExact: Bool, field: UInt32, rank: UInt32, position: UInt32) {
        matched = true
        if cost < bestCost { bestCost = cost }
        if isExact { exact = true }
        if rank < bestRank || (rank == bestRank && position < bestPosition) {
            bestRank = rank
            bestPosition = position
        }
        if fields.count < Self.maxOccurrences {
            fields.append(field)
            positions.append(position)
        }
    }
}
