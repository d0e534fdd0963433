import XCTest
@testable import Indexer

final class SegmentationTests: XCTestCase {
    let analyzer = TextAnalyzer()

    func testLatinWordsAreLowercasedAndCamelCaseIsKept() {
        XCTAssertEqual(analyzer.words("DeLonghi Espresso MACHINE"), ["delonghi", "espresso", "machine"])
    }

    func testHyphenatedWordSplitsAtSoftSeparator() {
        let tokens = analyzer.tokenize("T-Shirt")
        XCTAssertEqual(tokens.map(\.kind), [.word, .separator(.soft), .word])
        XCTAssertEqual(tokens.map(\.text), ["t", "-", "shirt"])
    }

    func testApostropheSplitsWords() {
        XCTAssertEqual(analyzer.words("don't"), ["don", "t"])
        XCTAssertEqual(analyzer.words("l’avion"), ["l", "avion"])
        XCTAssertEqual(analyzer.tokenize("don't")[1].kind, .separator(.soft))
    }

    func testNumbersStayWholeAndAreFlagged() {
        let tokens = analyzer.tokenize("42 3.5 1,000 v1.2 12cm").filter { $0.kind == .word }
        XCTAssertEqual(tokens.map(\.text), ["42", "3.5", "1,000", "v1.2", "12cm"])
        XCTAssertEqual(tokens.map(\.isNumber), [true, true, true, false, false])
    }

    func testFullwidthDigitsFoldToANumber() {
        let tokens = analyzer.tokenize("４２")
        XCTAssertEqual(tokens.map(\.text), ["42"])
        XCTAssertEqual(tokens.first?.isNumber, true)
    }

    func testDotsAndCommasOutsideNumbersAreHardSeparators() {
        let tokens = analyzer.tokenize("red,green. 3. 5,")
        XCTAssertEqual(tokens.map(\.text), ["red", ",", "green", ". ", "3", ". ", "5", ","])
        XCTAssertEqual(tokens[1].kind, .separator(.hard))
        XCTAssertEqual(tokens[3].kind, .separator(.hard))
    }

    func testJapaneseSegmentsIntoSeveralWords() {
        let words = analyzer.words("東京都の眼鏡店")
        XCTAssertGreaterThanOrEqual(words.count, 3, "\(words)")
        XCTAssertEqual(words.joined(), "東京都の眼鏡店")
    }

    func testChineseSegmentsIntoSeveralWords() {
        let words = analyzer.words("我喜欢太阳眼镜")
        XCTAssertGreaterThanOrEqual(words.count, 2, "\(words)")
        XCTAssertEqual(words.joined(), "我喜欢太阳眼镜")
    }

    func testThaiSegmentsIntoSeveralWords() {
        let words = analyzer.words("แว่นตากันแดด")
        XCTAssertGreaterThanOrEqual(words.count, 2, "\(words)")
        XCTAssertEqual(words.joined(), "แว่นตากันแดด")
    }

    func testScriptChangeSplitsWords() {
        XCTAssertEqual(analyzer.words("iPhone用ケース"), ["iphone", "用", "ケース"])
    }

    func testAccentedLatinWordsFoldInsideText() {
        XCTAssertEqual(analyzer.words("Gläss Café, ＡＢＣ İzmir"), ["glass", "cafe", "abc", "izmir"])
    }

    func testEmojiAreSoftSeparators() {
        let tokens = analyzer.tokenize("red🍎apple 👍🏽")
        XCTAssertEqual(tokens.map(\.text), ["red", "🍎", "apple", " 👍🏽"])
        XCTAssertEqual(tokens[1].kind, .separator(.soft))
        XCTAssertEqual(analyzer.words("🍕🍕"), [])
    }

    func testSeparatorTokensCarryRawTextAndRunsMerge() {
        let tokens = analyzer.tokenize("  \"red shoes\" -blue ")
        XCTAssertEqual(tokens.map(\.text), ["  \"", "red", " ", "shoes", "\" -", "blue", " "])
        XCTAssertEqual(tokens.map(\.kind), [.separator(.soft), .word, .separator(.soft), .word,
                                            .separator(.soft), .word, .separator(.soft)])
    }

    func testSourceRangesTileTheText() {
        for text in ["  T-Shirt, 3.5 l'eau!! 東京都の眼鏡店 🍕 ", "แว่นตากันแดด and DeLonghi", "a", ""] {
            let tokens = analyzer.tokenize(text)
            var next = 0
            for token in tokens {
                XCTAssertEqual(token.sourceRange.lowerBound, next, text)
                XCTAssertLessThan(token.sourceRange.lowerBound, token.sourceRange.upperBound, text)
                next = token.sourceRange.upperBound
            }
            XCTAssertEqual(next, text.utf8.count, text)
        }
    }

    func testWordSourceRangePointsAtOriginalSpelling() {
        let text = "Buy GLÄSS now"
        let word = analyzer.tokenize(text)[2]
        XCTAssertEqual(word.text, "glass")
        XCTAssertEqual(String(decoding: Array(text.utf8)[word.sourceRange], as: UTF8.self), "GLÄSS")
    }

    func testTokenizeAndForEachWordAgree() {
        let text = "Ærø T-Shirt, 東京都の眼鏡店; size 3.5! don't"
        var visited: [String] = []
        var ranges: [Range<Int>] = []
        analyzer.forEachWord(in: text) { folded, _, range in
            visited.append(String(decoding: folded, as: UTF8.self))
            ranges.append(range)
        }
        let words = analyzer.tokenize(text).filter { $0.kind == .word }
        XCTAssertEqual(visited, words.map(\.text))
        XCTAssertEqual(ranges, words.map(\.sourceRange))
    }
}
