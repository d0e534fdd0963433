import Indexer
import LoupeJSON
import XCTest

/// Bad or extreme queries return results or a typed error quickly — never crash or hang.
final class QueryRobustnessTests: XCTestCase {
    private static let index: Index = {
        let index = Index(uid: "t", primaryKey: "id")
        try! index.addDocuments((0..<300).map { n in
            ["id": .number(JSONNumber(n)), "title": .string("item \(n) \(["red", "blue", "green"][n % 3]) jacket"), "description": "Warm, light; packs small."]
        })
        return index
    }()

    private func search(_ query: String) throws -> SearchResult {
        try Self.index.search(SearchRequest(query: query))
    }

    func testEmptyAndWhitespaceQueriesArePlaceholders() throws {
        XCTAssertEqual(try search("").totalHits, 300)
        XCTAssertEqual(try search("   \t\n").totalHits, 300)
    }

    func testTenThousandCharacterQuery() throws {
        let long = String(repeating: "jacketx", count: 1_428)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try search(long) }
        XCTAssertLessThan(elapsed, .seconds(5))
        let result = try search(String(repeating: "a", count: 10_000))
        XCTAssertEqual(result.hitIDs, [])
    }

    func testOverlongQueryIsATypedError() {
        XCTAssertThrowsError(try search(String(repeating: "a ", count: 6_000))) { error in
            XCTAssertEqual((error as? EngineError)?.code, "invalid_search_q")
        }
    }

    func testThousandWordsUseOnlyTheFirstTen() throws {
        let words = (0..<1_000).map { ["red", "jacket", "item", "warm", "zzz"][$0 % 5] }.joined(separator: " ")
        let result = try search(words)
        XCTAssertFalse(result.hitIDs.isEmpty)
    }

    func testControlCharactersAndInvalidUTF8() throws {
        XCTAssertNoThrow(try search("red\u{0}\u{1}\u{7F} jacket\u{1B}[0m"))
        let invalid = String(decoding: [0x72, 0x65, 0x64, 0xFF, 0xC3, 0x28, 0x20, 0x6A, 0x61, 0x63] as [UInt8], as: UTF8.self)
        XCTAssertNoThrow(try search(invalid))
        XCTAssertNoThrow(try search("\"unclosed phrase red"))
        XCTAssertNoThrow(try search("- - -\"\" \"\" -"))
        XCTAssertNoThrow(try search("東京 แว่นตา 👓 ＡＢＣ"))
    }

    func testNegativePhraseAndPrefixTogether() throws {
        let result = try search("jacket -\"item 1\" re")
        XCTAssertFalse(result.hitIDs.contains("1"))
        XCTAssertTrue(result.hitIDs.contains("0"))
    }
}
