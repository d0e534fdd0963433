@testable import Indexer
import LoupeJSON
import XCTest

/// `_matchesPosition`: UTF-8 byte offsets of every match in every displayed attribute.
final class MatchesPositionTests: XCTestCase {
    private func positions(_ query: String?, _ json: String, settings: IndexSettings = IndexSettings(),
                           _ configure: (inout SearchRequest) -> Void = { _ in }) -> JSONObject? {
        let formatter = FormatFixture.formatter(query, settings: settings) {
            $0.showMatchesPosition = true
            configure(&$0)
        }
        return formatter.format(document: FormatFixture.object(json)).matchesPosition
    }

    func testConformanceCase() {
        XCTAssertEqual(positions("jacket", #"{"id":1,"title":"Red Jacket"}"#), ["title": [["start": 4, "length": 6]]])
    }

    func testOnlyMatchesPositionDoesNotProduceFormatted() {
        let formatter = FormatFixture.formatter("jacket") { $0.showMatchesPosition = true }
        XCTAssertTrue(formatter.isNeeded)
        XCTAssertNil(formatter.format(document: FormatFixture.object(#"{"title":"Red Jacket"}"#)).formatted)
    }

    func testOffsetsAreUTF8Bytes() {
        // `é` is 2 bytes, `€` 3, `🧥` 4.
        XCTAssertEqual(positions("ete ", #"{"title":"Un été 🧥 € été"}"#),
                       ["title": [["start": 3, "length": 5], ["start": 18, "length": 5]]])
    }

    func testPrefixLengthIsTheMatchedPrefixInOriginalBytes() {
        XCTAssertEqual(positions("cafe", #"{"title":"Caféteria"}"#), ["title": [["start": 0, "length": 5]]])
        XCTAssertEqual(positions("jack", #"{"title":"Red Jacket"}"#), ["title": [["start": 4, "length": 4]]])
    }

    func testPhraseIsOneEntry() {
        XCTAssertEqual(positions("\"red jacket\"", #"{"title":"A red jacket"}"#), ["title": [["start": 2, "length": 10]]])
    }

    func testNestedPathsAreDottedWithArrayIndices() {
        let json = #"{"tags":["blue","red","red"],"variants":[{"color":"blue"},{"color":"dark red"}],"seo":{"slug":"red"}}"#
        XCTAssertEqual(positions("red ", json), [
            "seo.slug": [["start": 0, "length": 3]],
            "tags": [["start": 0, "length": 3, "indices": [1]], ["start": 0, "length": 3, "indices": [2]]],
            "variants.color": [["start": 5, "length": 3, "indices": [1]]],
        ])
    }

    func testNestedArraysListEveryIndex() {
        XCTAssertEqual(positions("red ", #"{"grid":[["blue"],["green","red"]]}"#),
                       ["grid": [["start": 0, "length": 3, "indices": [1, 1]]]])
    }

    func testKeysAreSorted() {
        let result = positions("red ", #"{"zeta":"red","alpha":"red","mid":{"b":"red","a":"red"}}"#)
        XCTAssertEqual(result?.keys, ["alpha", "mid.a", "mid.b", "zeta"])
    }

    func testNumbersAndEveryDisplayedAttributeCount() {
        var settings = IndexSettings()
        settings.searchableAttributes = ["title"]
        let result = positions("42 ", #"{"id":42,"title":"x","note":"size 42","ok":true}"#, settings: settings) {
            $0.attributesToRetrieve = ["title"]
        }
        XCTAssertEqual(result, ["id": [["start": 0, "length": 2]], "note": [["start": 5, "length": 2]]])
    }

    func testHiddenAttributesAreLeftOut() {
        var settings = IndexSettings()
        settings.displayedAttributes = ["title", "variants.color"]
        let result = positions("red ", #"{"title":"red","secret":"red","variants":[{"color":"red","sku":"red"}]}"#, settings: settings)
        XCTAssertEqual(result, ["title": [["start": 0, "length": 3]], "variants.color": [["start": 0, "length": 3, "indices": [0]]]])
    }

    func testEmptyObjectWithoutMatch() {
        XCTAssertEqual(positions("zebra", #"{"title":"Red Jacket"}"#), JSONObject())
        XCTAssertEqual(positions(nil, #"{"title":"Red Jacket"}"#), JSONObject())
    }

    func testStopWordsOfTheQueryArePositioned() {
        var settings = IndexSettings()
        settings.stopWords = ["the"]
        XCTAssertEqual(positions("the jacket ", #"{"title":"The jacket"}"#, settings: settings),
                       ["title": [["start": 0, "length": 3], ["start": 4, "length": 6]]])
    }

    func testMatchesPositionAndFormattedTogether() {
        let formatter = FormatFixture.formatter("jacket") {
            $0.showMatchesPosition = true
            $0.attributesToHighlight = ["title"]
        }
        let result = formatter.format(document: FormatFixture.object(#"{"id":7,"title":"Red Jacket"}"#))
        XCTAssertEqual(result.formatted, ["id": "7", "title": "Red <em>Jacket</em>"])
        XCTAssertEqual(result.matchesPosition, ["title": [["start": 4, "length": 6]]])
    }
}
