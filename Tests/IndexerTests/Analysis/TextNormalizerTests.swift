import XCTest
@testable import Indexer

final class TextNormalizerTests: XCTestCase {
    func testSearchFoldLowercasesAndRemovesLatinDiacritics() {
        XCTAssertEqual(TextNormalizer.searchFold("GLÄSS"), "glass")
        XCTAssertEqual(TextNormalizer.searchFold("Gläss"), "glass")
        XCTAssertEqual(TextNormalizer.searchFold("Café"), "cafe")
        XCTAssertEqual(TextNormalizer.searchFold("Crème Brûlée"), "creme brulee")
        XCTAssertEqual(TextNormalizer.searchFold("àdventure"), "adventure")
        XCTAssertEqual(TextNormalizer.searchFold("Ærø"), "aero")
        XCTAssertEqual(TextNormalizer.searchFold("Œuvre Łódź"), "oeuvre lodz")
    }

    func testSearchFoldDecomposedInputEqualsComposedInput() {
        XCTAssertEqual(TextNormalizer.searchFold("Cafe\u{301}"), TextNormalizer.searchFold("Café"))
    }

    func testSearchFoldAppliesCompatibilityAndCaseFolding() {
        XCTAssertEqual(TextNormalizer.searchFold("\u{FB01}lm"), "film")          // ﬁ ligature
        XCTAssertEqual(TextNormalizer.searchFold("ＡＢＣ１２"), "abc12")            // fullwidth
        XCTAssertEqual(TextNormalizer.searchFold("Straße"), "strasse")
        XCTAssertEqual(TextNormalizer.searchFold("STRAẞE"), "strasse")
        XCTAssertEqual(TextNormalizer.searchFold("Dampf\u{AD}schiff"), "dampfschiff") // soft hyphen dropped
    }

    func testTurkishDottedAndDotlessIFoldToPlainI() {
        XCTAssertEqual(TextNormalizer.searchFold("İSTANBUL"), "istanbul")
        XCTAssertEqual(TextNormalizer.searchFold("ılık"), "ilik")
    }

    func testSearchFoldKeepsMarksOfNonLatinScripts() {
        let hindi = "हिन्दी"
        XCTAssertEqual(TextNormalizer.searchFold(hindi), hindi)
        let thai = "แว่นตา"
        XCTAssertEqual(TextNormalizer.searchFold(thai), thai)
        XCTAssertEqual(TextNormalizer.searchFold("ガラス"), "ガラス")
        XCTAssertEqual(TextNormalizer.searchFold("ｶﾞﾗｽ"), "ガラス")               // halfwidth kana composed, dakuten kept
        XCTAssertEqual(TextNormalizer.searchFold("Ελληνικά"), "ελληνικά")
        XCTAssertEqual(TextNormalizer.searchFold("Йогурт"), "йогурт")
    }

    func testSearchFoldBytesMatchesString() {
        for text in ["Gläss", "plain ascii", "東京", ""] {
            XCTAssertEqual(TextNormalizer.searchFoldBytes(text), Array(TextNormalizer.searchFold(text).utf8))
        }
    }

    func testFilterValueTrimsDecomposesAndLowercasesKeepingDiacritics() {
        XCTAssertEqual(TextNormalizer.filterValue("  Gläss \n"), "gla\u{308}ss")
        XCTAssertNotEqual(TextNormalizer.filterValue("Gläss"), TextNormalizer.filterValue("Glass"))
        XCTAssertEqual(TextNormalizer.filterValue(" Red "), "red")
        XCTAssertEqual(TextNormalizer.filterValue("\u{FB01}"), "fi")
        XCTAssertEqual(TextNormalizer.filterValue("   "), "")
        XCTAssertEqual(TextNormalizer.filterValue(""), "")
    }

    func testFilterValueSortsAccentAfterPlainLetters() {
        // §2.2: `pésti` sorts after `pestiféré` because the combining accent byte is high.
        XCTAssertTrue(Array(TextNormalizer.filterValue("pestiféré").utf8).lexicographicallyPrecedes(
            Array(TextNormalizer.filterValue("pésti").utf8)))
    }
}
