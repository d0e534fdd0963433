import XCTest
@testable import Indexer

final class RobustnessTests: XCTestCase {
    let analyzer = TextAnalyzer()

    func testEmptyText() {
        XCTAssertEqual(analyzer.tokenize(""), [])
        XCTAssertEqual(TextNormalizer.searchFold(""), "")
    }

    func testLongInputs() {
        let words = String(repeating: "Gläss T-Shirt 東京都の眼鏡店 ", count: 500)
        XCTAssertEqual(analyzer.words(words).filter { $0 == "glass" }.count, 500)
        let oneWord = String(repeating: "a", count: 10_000)
        XCTAssertEqual(analyzer.words(oneWord), [oneWord])
        let oneNonASCIIWord = String(repeating: "é", count: 10_000)
        XCTAssertEqual(analyzer.words(oneNonASCIIWord), [String(repeating: "e", count: 10_000)])
    }

    func testControlCharactersSeparate() {
        XCTAssertEqual(analyzer.words("red\u{0}\u{7}sofa\u{1B}[0m"), ["red", "sofa", "0m"])
        XCTAssertEqual(analyzer.positionedWords("red\r\nsofa").map(\.1), [0, 8])
    }

    func testInvalidUTF8DecodedWithReplacementCharacters() {
        let text = String(decoding: [0x72, 0x65, 0x64, 0xFF, 0xC3, 0x28, 0x73, 0x6F, 0x66, 0x61, 0xE2, 0x82], as: UTF8.self)
        XCTAssertEqual(analyzer.words(text), ["red", "sofa"])
        XCTAssertEqual(TextNormalizer.searchFold(text), "red\u{FFFD}\u{FFFD}(sofa\u{FFFD}")
    }

    func testLoneMarksAndIgnorablesNeverCrash() {
        XCTAssertEqual(analyzer.words("\u{301}\u{200D} a\u{AD}b"), ["ab"])       // soft hyphen inside a word
        XCTAssertEqual(analyzer.words("a\u{200B}b"), ["a", "b"])                    // zero-width space separates
        XCTAssertEqual(analyzer.words("\u{AD}"), [])
        XCTAssertEqual(analyzer.tokenize("\u{AD}").map(\.kind), [.separator(.soft)])
    }

    func testConcurrentUseGivesSameResults() {
        let text = "東京都の眼鏡店 แว่นตากันแดด Gläss"
        let expected = analyzer.tokenize(text)
        let analyzer = self.analyzer
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            XCTAssertEqual(analyzer.tokenize(text), expected)
        }
    }
}
