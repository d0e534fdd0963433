/// The documents carrying each distinct value of one attribute, values in sorted order.
///
/// Documents are stored value-major in one contiguous array. Values carried by many documents also keep a
/// ready-made `DocumentSet`; the others are turned into a set when asked. Above the values sit levels of
/// precomputed unions over blocks of `fanOut` consecutive values (then blocks of blocks), so any value
/// range is answered by unioning at most about `2 × fanOut` sets per level instead of one set per value.
struct ValuePostings: Sendable {
    static let fanOut = 64
    /// Values carried by at least this many documents keep a materialized set.
    static let materializeThreshold = 1024

    let offsets: [UInt32]
    let documents: [UInt32]
    private let materialized: [DocumentSet?]
    /// `levels[k][b]` = union of the values in `[b·fanOut^(k+1), (b+1)·fanOut^(k+1))`.
    private let levels: [[DocumentSet]]
    /// Every document carrying some value, and whether none carries two (then a wide range is answered
    /// as everything minus the values outside it).
    private let everyDocument: DocumentSet
    private let singleValued: Bool
    /// Whether every value keeps a materialized set (then counting by bitmap intersections is cheap).
    let allMaterialized: Bool

    var valueCount: Int { offsets.count - 1 }

    /// `offsets` has `valueCount + 1` entries delimiting each value's ascending ids in `documents`.
    init(offsets: [UInt32], documents: [UInt32]) {
        self.offsets = offsets
        self.documents = documents
        let valueCount = offsets.count - 1
        materialized = (0..<valueCount).map { value in
            let range = Int(offsets[value])..<Int(offsets[value + 1])
            return range.count >= Self.materializeThreshold ? DocumentSet(sortedIDs: Array(documents[range])) : nil
        }
        var levels: [[DocumentSet]] = []
        var blocksBelow = valueCount
        var unit = 1
        while blocksBelow > Self.fanOut {
            let size = unit * Self.fanOut
            let blockCount = (valueCount + size - 1) / size
            if levels.isEmpty {
                levels.append((0..<blockCount).map { block in
                    let low = Int(offsets[block * size]), high = Int(offsets[min(valueCount, (block + 1) * size)])
                    return DocumentSet(sortedIDs: Array(documents[low..<high]).sorted())
                })
            } else {
                let below = levels[levels.count - 1]
                levels.append((0..<blockCount).map { block in
                    DocumentSet.union(Array(below[(block * Self.fanOut)..<min(below.count, (block + 1) * Self.fanOut)]))
                })
            }
            blocksBelow = blockCount
            unit = size
        }
        self.levels = levels
        var every = DocumentSet.Builder()
        for document in documents { every.insert(document) }
        everyDocument = every.build()
        singleValued = everyDocument.count == documents.count
        allMaterialized = materialized.allSatisfy { $0 != nil }
    }

    /// Number of documents carrying `value`.
    func documentCount(of value: Int) -> Int { Int(offsets[value + 1] - offsets[value]) }

    /// The ascending ids of the documents carrying `value`.
    func documents(of value: Int) -> ArraySlice<UInt32> {
        documents[Int(offsets[value])..<Int(offsets[value + 1])]
    }

    func materialized(_ value: Int) -> DocumentSet? { materialized[value] }

    func set(of value: Int) -> DocumentSet {
        materialized[value] ?? DocumentSet(sortedIDs: Array(documents(of: value)))
    }

    /// Documents carrying any value in `range`.
    func set(of range: Range<Int>) -> DocumentSet {
        let range = range.clamped(to: 0..<valueCount)
        guard !range.isEmpty else { return .empty }
        if range.count == 1 { return set(of: range.lowerBound) }
        if singleValued, range.count * 2 > valueCount {
            return everyDocument.subtracting(set(of: 0..<range.lowerBound)).subtracting(set(of: range.upperBound..<valueCount))
        }
        var sets: [DocumentSet] = []
        var loose: [UInt32] = []
        let topUnit = levels.isEmpty ? 1 : power(levels.count)
        var block = range.lowerBound / topUnit
        while block * topUnit < range.upperBound {
            collect(level: levels.count, block: block, range: range, into: &sets, loose: &loose)
            block += 1
        }
        if !loose.isEmpty {
            loose.sort()
            sets.append(DocumentSet(sortedIDs: loose))
        }
        return DocumentSet.union(sets)
    }

    /// Adds the block's documents that carry a value in `range`; level 0 blocks are single values.
    private func collect(level: Int, block: Int, range: Range<Int>, into sets: inout [DocumentSet], loose: inout [UInt32]) {
        let unit = power(level)
        let start = block * unit, end = min(valueCount, start + unit)
        guard start < range.upperBound, end > range.lowerBound else { return }
        if level == 0 {
            if let set = materialized[start] { sets.append(set) } else { loose.append(contentsOf: documents(of: start)) }
        } else if range.lowerBound <= start, end <= range.upperBound {
            sets.append(levels[level - 1][block])
        } else {
            for child in (block * Self.fanOut)..<((block + 1) * Self.fanOut) {
                collect(level: level - 1, block: child, range: range, into: &sets, loose: &loose)
            }
        }
    }

    private func power(_ level: Int) -> Int {
        var unit = 1
        for _ in 0..<level { unit *= Self.fanOut }
        return unit
    }

    /// Approximate bytes held.
    var byteSize: Int {
        offsets.count * 4 + documents.count * 4 + materialized.count * 8 + everyDocument.byteSize
            + materialized.reduce(0) { $0 + ($1?.byteSize ?? 0) }
            + levels.reduce(0) { total, level in level.reduce(total) { $0 + $1.byteSize + 48 } }
    }
}

extension ValuePostings {
    /// How many of the documents carrying `value` are in `candidates`.
    func count(of value: Int, in candidates: DocumentSet) -> Int {
        if let set = materialized(value) { return set.intersectionCount(candidates) }
        var count = 0
        for document in documents(of: value) where candidates.contains(document) { count += 1 }
        return count
    }
}
