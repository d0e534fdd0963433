@testable import Indexer
import XCTest

/// `FacetEntry.first` (the window kept for short listings) must list exactly what a full sort lists.
final class FacetListingOrderTests: XCTestCase {
    func testTheWindowListsWhatAFullSortLists() {
        var random = SeededTestRandom(seed: 11)
        for _ in 0..<60 {
            let size = Int(random.next() % 400)
            var seen = Set<FacetKey>()
            var entries: [FacetEntry] = []
            for _ in 0..<size {
                let key: FacetKey = random.next() % 3 == 0
                    ? .number(Double(Int(random.next() % 5000)) / 4)
                    : .string(String(random.next() % 100_000, radix: 36))
                guard seen.insert(key).inserted else { continue }
                let original = if case .string(let text) = key { text.uppercased() } else { "" }
                entries.append(FacetEntry(key: key, original: original, count: Int(random.next() % 20) + 1))
            }
            for byCount in [false, true] {
                for numbersAsText in [false, true] {
                    let full = Self.fullSort(entries, byCount: byCount, numbersAsText: numbersAsText)
                    for limit in [0, 1, 3, 10, 100, 1000] {
                        let listed = FacetEntry.first(limit, of: entries, byCount: byCount, numbersAsText: numbersAsText)
                        XCTAssertEqual(listed.map(\.label), Array(full.prefix(limit)).map(\.label),
                                       "limit \(limit) byCount \(byCount) numbersAsText \(numbersAsText)")
                        XCTAssertEqual(listed.map(\.count), Array(full.prefix(limit)).map(\.count))
                    }
                }
            }
        }
    }

    /// The listing order spelled out directly: numbers first, then by count (if asked), then by value.
    private static func fullSort(_ entries: [FacetEntry], byCount: Bool, numbersAsText: Bool) -> [FacetEntry] {
        entries.sorted { a, b in
            let aNumber: Bool = if case .number = a.key { true } else { false }
            let bNumber: Bool = if case .number = b.key { true } else { false }
            if aNumber != bNumber { return aNumber }
            if byCount, a.count != b.count { return a.count > b.count }
            if case .number(let x) = a.key, case .number(let y) = b.key, !numbersAsText { return x < y }
            let left = aNumber ? a.label : Self.normalized(a.key), right = bNumber ? b.label : Self.normalized(b.key)
            return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        }
    }

    private static func normalized(_ key: FacetKey) -> String {
        if case .string(let text) = key { return text }
        return ""
    }
}
