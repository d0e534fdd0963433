import LoupeJSON
import Synchronization

/// Per-segment memory of priced search: each document's price keys (read once per key attribute
/// from the stored JSON) and the `_price` columns of the last few price contexts, so a storefront's
/// handful of contexts (region × customer groups) pay the column build once per segment.
final class SegmentPriceCache: Sendable {
    /// The `_price` filter and sort columns of one segment in one price context.
    struct Columns: Sendable {
        let filter: AttributeColumn
        let sort: SortColumn
    }

    /// Contexts kept per segment (least recently used first out).
    static let capacity = 8

    private struct State {
        var keyAttribute: String?
        var keys: [[String]] = []
        var columns: [(key: String, columns: Columns)] = []
    }

    private let state = Mutex(State())

    init() {}

    /// The `_price` columns of `segment` for `pricer`, built on first use.
    func columns(of segment: Segment, pricer: any HitPricer) -> Columns {
        let cacheKey = pricer.cacheKey
        if let hit = state.withLock({ state -> Columns? in
            guard state.keyAttribute == pricer.keyAttribute,
                  let i = state.columns.firstIndex(where: { $0.key == cacheKey }) else { return nil }
            let entry = state.columns.remove(at: i)
            state.columns.append(entry)
            return entry.columns
        }) {
            return hit
        }
        let keys = documentKeys(of: segment, pricer: pricer)
        let built = Self.build(amounts: keys.map { pricer.amount(forKeys: $0) })
        state.withLock { state in
            guard state.keyAttribute == pricer.keyAttribute else { return }
            if state.columns.count >= Self.capacity { state.columns.removeFirst() }
            state.columns.append((cacheKey, built))
        }
        return built
    }

    /// Every document's price keys for the pricer's key attribute (kept until the attribute changes).
    private func documentKeys(of segment: Segment, pricer: any HitPricer) -> [[String]] {
        if let keys = state.withLock({ $0.keyAttribute == pricer.keyAttribute ? $0.keys : nil }) { return keys }
        let keys = (0..<UInt32(segment.count)).map { local -> [String] in
            guard case .object(let document)? = try? JSONParser.parse(Array(segment.store.document(local))) else { return [] }
            return pricer.keys(of: document)
        }
        state.withLock { state in
            state = State(keyAttribute: pricer.keyAttribute, keys: keys, columns: [])
        }
        return keys
    }

    private static func build(amounts: [Double?]) -> Columns {
        var accumulator = ColumnAccumulator(path: PricedAttribute.name)
        for (local, amount) in amounts.enumerated() {
            guard let amount else { continue }
            accumulator.markExists(UInt32(local))
            accumulator.addNumber(amount, document: UInt32(local))
        }
        return Columns(filter: accumulator.build(documentCount: amounts.count),
                       sort: SortColumn(values: amounts.map { (numbers: $0.map { [$0] } ?? [], strings: []) }))
    }
}
