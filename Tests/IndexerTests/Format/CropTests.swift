@testable import Indexer
import LoupeJSON
import XCTest

/// Cropping in `_formatted`: a window of words around the best matches, marked where text was cut.
final class CropTests: XCTestCase {
    private let sentence = "The quick brown fox jumps over the lazy dog near the river bank"

    private func crop(_ query: String?, _ text: String, crop: [String] = ["title"], length: Int = 10,
                      marker: String = "…", highlight: [String] = [], settings: IndexSettings = IndexSettings(),
                      file: StaticString = #filePath, line: UInt = #line) -> String? {
        let formatter = FormatFixture.formatter(query, settings: settings) {
            $0.attributesToCrop = crop
            $0.cropLength = length
            $0.cropMarker = marker
            $0.attributesToHighlight = highlight
        }
        return FormatFixture.formattedText(formatter, text, file: file, line: line)
    }

    func testDocumentedExample() {
        XCTAssertEqual(crop("prince", "Le Petit Prince", length: 2, highlight: ["title"]), "…Petit <em>Prince</em>")
    }

    func testMarkersOnBothSides() {
        XCTAssertEqual(crop("jumps", sentence, length: 3), "…fox jumps over…")
    }

    func testMarkerOnlyAtTheEndWhenTheWindowStartsTheText() {
        XCTAssertEqual(crop("quick", sentence, length: 3), "The quick brown…")
    }

    func testMarkerOnlyAtTheStartWhenTheWindowEndsTheText() {
        XCTAssertEqual(crop("bank", sentence, length: 3), "…the river bank")
    }

    func testNoMarkerWhenTheTextFits() {
        XCTAssertEqual(crop("fox", "  The quick fox!  ", length: 3), "  The quick fox!  ")
    }

    func testWithoutMatchTheFirstWordsAreKept() {
        XCTAssertEqual(crop("zebra", sentence, length: 4), "The quick brown fox…")
        XCTAssertEqual(crop(nil, sentence, length: 2), "The quick…")
    }

    func testPerAttributeLengthOverridesCropLength() {
        let formatter = FormatFixture.formatter("fox") {
            $0.attributesToCrop = ["title:1", "body"]
            $0.cropLength = 3
        }
        let formatted = formatter.format(document: ["title": .string(sentence), "body": .string(sentence)]).formatted
        XCTAssertEqual(formatted?["title"], "…fox…")
        XCTAssertEqual(formatted?["body"], "…brown fox jumps…")
    }

    func testUnreadableLengthFallsBackToCropLength() {
        XCTAssertEqual(crop("fox", sentence, crop: ["title:many"], length: 1), "…fox…")
    }

    func testCropAndHighlightCombine() {
        XCTAssertEqual(crop("fox dog", sentence, length: 6, highlight: ["title"]),
                       "…<em>fox</em> jumps over the lazy <em>dog</em>…")
    }

    func testCroppedButNotHighlighted() {
        XCTAssertEqual(crop("fox", sentence, length: 1, highlight: []), "…fox…")
    }

    func testEmptyMarkerInsertsNothing() {
        XCTAssertEqual(crop("jumps", sentence, length: 3, marker: ""), "fox jumps over")
    }

    func testBestClusterHasTheMostDistinctTerms() {
        let text = "river once upon a time a river and a lazy dog by the river"
        XCTAssertEqual(crop("lazy river", text, length: 4, highlight: ["title"]), "…<em>river</em> and a <em>lazy</em>…")
        XCTAssertEqual(crop("dog river", text, length: 5, highlight: ["title"]), "…lazy <em>dog</em> by the <em>river</em>")
    }

    func testStopWordsCountAsWordsAndAreHighlighted() {
        var settings = IndexSettings()
        settings.stopWords = ["the"]
        XCTAssertEqual(crop("the fox", sentence, length: 2, highlight: ["title"], settings: settings),
                       "…brown <em>fox</em>…")
        XCTAssertEqual(crop("the lazy", sentence, length: 3, highlight: ["title"], settings: settings),
                       "…over <em>the</em> <em>lazy</em>…")
    }

    func testWindowPrefersNotToReachBackAcrossASentenceEnd() {
        XCTAssertEqual(crop("dogs", "Cats sleep. Dogs bark loudly at night", length: 3), "…Dogs bark loudly…")
        XCTAssertEqual(crop("night", "Cats sleep at night. Dogs bark", length: 3), "…sleep at night…")
    }

    func testPhraseLongerThanTheWindowIsCutAtItsStart() {
        XCTAssertEqual(crop("\"jumps over the lazy\"", sentence, length: 2, highlight: ["title"]), "…<em>jumps over</em>…")
    }

    func testZeroLengthKeepsNothing() {
        XCTAssertEqual(crop("fox", sentence, length: 0), "")
    }

    func testNumbersAreCroppedAsText() {
        let formatter = FormatFixture.formatter(nil) { $0.attributesToCrop = ["*"] }
        XCTAssertEqual(formatter.format(document: ["n": 12345]).formatted, ["n": "12345"])
    }

    func testNonASCIITextIsCutAtWordBoundaries() {
        XCTAssertEqual(crop("été", "Un été très chaud à Paris", length: 2, highlight: ["title"]), "Un <em>été</em>…")
    }
}
