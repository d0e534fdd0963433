@testable import Indexer
import XCTest

final class TermDictionaryTests: XCTestCase {
    private let dictionary = TermDictionary(sortedUniqueTerms: ["jacket", "jackets", "jam", "jean", "jeans", "zip"].map { Array($0.utf8) })

    func testLookupFindsExactWordsOnly() {
        XCTAssertEqual(dictionary.lookup(Array("jam".utf8)), 2)
        XCTAssertNil(dictionary.lookup(Array("ja".utf8)))
        XCTAssertNil(dictionary.lookup(Array("zz".utf8)))
        XCTAssertNil(dictionary.lookup([]))
    }

    func testPrefixRangeIsContiguous() {
        XCTAssertEqual(dictionary.prefixRange(Array("ja".utf8)), 0..<3)
        XCTAssertEqual(dictionary.prefixRange(Array("jean".utf8)), 3..<5)
        XCTAssertEqual(dictionary.prefixRange(Array("x".utf8)).count, 0)
        XCTAssertEqual(dictionary.prefixRange([]), 0..<6)
    }
}
