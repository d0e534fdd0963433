@testable import Indexer
import LoupeJSON
import XCTest

/// Highlighting in `_formatted`: tags around every matched word, keeping the original spelling.
final class HighlightTests: XCTestCase {
    private func highlight(_ query: String, _ text: String, settings: IndexSettings = IndexSettings(),
                           derivations: [String: Int] = [:], pre: String = "<em>", post: String = "</em>",
                           file: StaticString = #filePath, line: UInt = #line) -> String? {
        let formatter = FormatFixture.formatter(query, settings: settings, derivations: derivations) {
            $0.attributesToHighlight = ["title"]
            $0.highlightPreTag = pre
            $0.highlightPostTag = post
        }
        return FormatFixture.formattedText(formatter, text, file: file, line: line)
    }

    func testCustomTagsConformanceCase() {
        XCTAssertEqual(highlight("jacket", "Red Jacket", pre: "<b>", post: "</b>"), "Red <b>Jacket</b>")
    }

    func testEveryOccurrenceAndOriginalSpellingKept() {
        XCTAssertEqual(highlight("red ", "RED jacket, red-ish, Red!"), "<em>RED</em> jacket, <em>red</em>-ish, <em>Red</em>!")
        XCTAssertEqual(highlight("cafe ", "Le Café du coin"), "Le <em>Café</em> du coin")
    }

    func testPrefixMatchWrapsOnlyTheTypedPrefix() {
        XCTAssertEqual(highlight("jack", "Red Jacket"), "Red <em>Jack</em>et")
        XCTAssertEqual(highlight("red jack", "Red Jacket"), "<em>Red</em> <em>Jack</em>et")
        // A trailing separator makes the word complete: no prefix match at all.
        XCTAssertEqual(highlight("jack ", "Red Jacket"), "Red Jacket")
    }

    func testPrefixMapsFoldedCharactersBackToTheOriginal() {
        XCTAssertEqual(highlight("cafe", "Caféteria"), "<em>Café</em>teria")
        XCTAssertEqual(highlight("aer", "Ærøskøbing"), "<em>Ær</em>øskøbing")
        XCTAssertEqual(highlight("strass", "Straßenbahn"), "<em>Straß</em>enbahn")
    }

    func testAmbiguousPrefixFallsBackToTheWholeWord() {
        // `straß` folds to `strass`; the query `stras` ends inside the `ss` of `ß`.
        XCTAssertEqual(highlight("stras", "Straßenbahn"), "<em>Straßenbahn</em>")
        // `æ` folds to `ae`; `a` ends inside it.
        XCTAssertEqual(highlight("a", "Æble"), "<em>Æble</em>")
    }

    func testPrefixDisabledHighlightsOnlyWholeWords() {
        let formatter = FormatFixture.formatter("jack", prefixEnabled: false) { $0.attributesToHighlight = ["*"] }
        XCTAssertEqual(FormatFixture.formattedText(formatter, "Jack's Jacket"), "<em>Jack</em>'s Jacket")
    }

    func testPhraseIsOneSpan() {
        XCTAssertEqual(highlight("\"petit prince\"", "Le Petit Prince et le prince"), "Le <em>Petit Prince</em> et le prince")
    }

    func testPhraseDoesNotCrossAHardSeparator() {
        XCTAssertEqual(highlight("\"petit prince\"", "Petit. Prince"), "Petit. Prince")
    }

    func testTypoDerivationsAreHighlighted() {
        XCTAssertEqual(highlight("jakcet ", "Red Jacket", derivations: ["jacket": 0]), "Red <em>Jacket</em>")
    }

    func testSynonymsAreHighlighted() {
        var settings = IndexSettings()
        settings.synonyms = [(key: "phone", values: ["iphone"]), (key: "nyc", values: ["new york"])]
        XCTAssertEqual(highlight("phone ", "Apple iPhone case", settings: settings), "Apple <em>iPhone</em> case")
        XCTAssertEqual(highlight("nyc ", "I love New York, New City", settings: settings), "I love <em>New York</em>, New City")
    }

    func testQueryStopWordsAreHighlighted() {
        var settings = IndexSettings()
        settings.stopWords = ["the", "of"]
        XCTAssertEqual(highlight("the prince ", "The Prince of Persia", settings: settings), "<em>The</em> <em>Prince</em> of Persia")
    }

    func testEmptyTagsInsertNothing() {
        XCTAssertEqual(highlight("jacket", "Red Jacket", pre: "", post: ""), "Red Jacket")
        XCTAssertEqual(highlight("jacket", "Red Jacket", pre: "[", post: ""), "Red [Jacket")
    }

    func testPlaceholderSearchCopiesText() {
        let formatter = FormatFixture.formatter(nil) { $0.attributesToHighlight = ["title"] }
        XCTAssertEqual(FormatFixture.formattedText(formatter, "Red Jacket"), "Red Jacket")
    }

    func testNegativeTermsAreNotHighlighted() {
        XCTAssertEqual(highlight("jacket -red", "Red Jacket"), "Red <em>Jacket</em>")
    }

    func testNonSearchableAttributesAreHighlightedToo() {
        var settings = IndexSettings()
        settings.searchableAttributes = ["title"]
        let formatter = FormatFixture.formatter("jacket", settings: settings) { $0.attributesToHighlight = ["note"] }
        let formatted = formatter.format(document: FormatFixture.object(#"{"title":"Red Jacket","note":"a jacket"}"#)).formatted
        XCTAssertEqual(formatted?["note"], "a <em>jacket</em>")
        XCTAssertEqual(formatted?["title"], "Red Jacket")
    }

    func testNumbersAreHighlightedAsText() {
        let formatter = FormatFixture.formatter("42") { $0.attributesToHighlight = ["*"] }
        let formatted = formatter.format(document: FormatFixture.object(#"{"id":42,"size":420,"price":4.2}"#)).formatted
        XCTAssertEqual(formatted?["id"], "<em>42</em>")
        XCTAssertEqual(formatted?["size"], "<em>42</em>0")
        XCTAssertEqual(formatted?["price"], "4.2")
    }

    func testCJKWordsAreHighlighted() {
        XCTAssertEqual(highlight("ケース ", "iPhone用ケース"), "iPhone用<em>ケース</em>")
    }
}
