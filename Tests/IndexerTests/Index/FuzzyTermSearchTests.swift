@testable import Indexer
import XCTest

/// The dictionary walk must find exactly the terms a plain Damerau–Levenshtein (optimal string alignment)
/// computation finds, for whole words and for prefixes.
final class FuzzyTermSearchTests: XCTestCase {
    func testMatchesBruteForceOnRandomDictionaries() {
        var random = SeededTestRandom(seed: 7)
        let alphabet: [Character] = ["a", "b", "c", "d", "e", "é", "ß"]
        for _ in 0..<40 {
            var words = Set<String>()
            for _ in 0..<300 {
                let length = Int(random.next() % 9) + 1
                words.insert(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
            }
            let sorted = words.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
            let dictionary = TermDictionary(sortedUniqueTerms: sorted)
            for _ in 0..<10 {
                let length = Int(random.next() % 8) + 1
                let query = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
                let scalars = query.unicodeScalars.map(\.value)
                for maxDistance in 1...2 {
                    for prefix in [false, true] {
                        var search = FuzzyTermSearch(dictionary: dictionary, query: scalars, maxDistance: maxDistance, prefix: prefix)
                        let found = search.matches(in: 0..<dictionary.count, limit: .max)
                        let expected = sorted.enumerated().compactMap { id, term -> FuzzyMatch? in
                            let termScalars = String(decoding: term, as: UTF8.self).unicodeScalars.map(\.value)
                            let distance = prefix ? Self.prefixDistance(scalars, termScalars) : Self.osa(scalars, termScalars)
                            return distance > 0 && distance <= maxDistance ? FuzzyMatch(termID: UInt32(id), distance: UInt8(distance)) : nil
                        }
                        XCTAssertEqual(found, expected, "query \(query) distance \(maxDistance) prefix \(prefix)")
                    }
                }
            }
        }
    }

    func testTranspositionCountsAsOneEdit() {
        let dictionary = TermDictionary(sortedUniqueTerms: [Array("jacket".utf8)])
        var search = FuzzyTermSearch(dictionary: dictionary, query: "jakcet".unicodeScalars.map(\.value), maxDistance: 1, prefix: false)
        XCTAssertEqual(search.matches(in: 0..<1, limit: 10), [FuzzyMatch(termID: 0, distance: 1)])
    }

    static func osa(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    /// Smallest distance between the query and any prefix of the term (the empty prefix included).
    static func prefixDistance(_ query: [UInt32], _ term: [UInt32]) -> Int {
        (0...term.count).map { osa(query, Array(term.prefix($0))) }.min()!
    }
}
