@testable import Indexer
import LoupeJSON
import XCTest

/// Which attributes `_formatted` holds and how non-string leaves are written.
final class FormattedShapeTests: XCTestCase {
    private let document = FormatFixture.object("""
        {"id":1,"title":"Red Jacket","price":12.50,"inStock":true,"brand":null,
         "tags":["red","warm"],"variants":[{"sku":"RJ-1","size":42,"color":"red"},{"sku":"RJ-2","size":44}],
         "seo":{"slug":"red-jacket","meta":{"description":"a red jacket"}}}
        """)

    func testNotNeededWithoutHighlightCropOrMatchesPosition() {
        let formatter = FormatFixture.formatter("red")
        XCTAssertFalse(formatter.isNeeded)
        let result = formatter.format(document: document)
        XCTAssertNil(result.formatted)
        XCTAssertNil(result.matchesPosition)
    }

    func testNeededForEachOption() {
        XCTAssertTrue(FormatFixture.formatter("red") { $0.attributesToHighlight = ["title"] }.isNeeded)
        XCTAssertTrue(FormatFixture.formatter("red") { $0.attributesToCrop = ["title:3"] }.isNeeded)
        XCTAssertTrue(FormatFixture.formatter("red") { $0.showMatchesPosition = true }.isNeeded)
    }

    func testFormattedHoldsEveryRetrievedAttributeWithNumbersAsStrings() {
        let formatter = FormatFixture.formatter("red") { $0.attributesToHighlight = ["title"] }
        let formatted = formatter.format(document: document).formatted
        XCTAssertEqual(formatted, FormatFixture.object("""
            {"id":"1","title":"<em>Red</em> Jacket","price":"12.50","inStock":true,"brand":null,
             "tags":["red","warm"],"variants":[{"sku":"RJ-1","size":"42","color":"red"},{"sku":"RJ-2","size":"44"}],
             "seo":{"slug":"red-jacket","meta":{"description":"a red jacket"}}}
            """))
        XCTAssertEqual(formatted?.keys, document.keys, "document key order is kept")
    }

    func testStarHighlightsEveryDisplayedAttributeDeeply() {
        let formatter = FormatFixture.formatter("red") { $0.attributesToHighlight = ["*"] }
        XCTAssertEqual(formatter.format(document: document).formatted, FormatFixture.object("""
            {"id":"1","title":"<em>Red</em> Jacket","price":"12.50","inStock":true,"brand":null,
             "tags":["<em>red</em>","warm"],
             "variants":[{"sku":"RJ-1","size":"42","color":"<em>red</em>"},{"sku":"RJ-2","size":"44"}],
             "seo":{"slug":"<em>red</em>-jacket","meta":{"description":"a <em>red</em> jacket"}}}
            """))
    }

    func testNestedPathsAndParentsSelectLeaves() {
        let formatter = FormatFixture.formatter("red") { $0.attributesToHighlight = ["variants.color", "seo"] }
        let formatted = formatter.format(document: document).formatted
        XCTAssertEqual(formatted?["variants"], [["sku": "RJ-1", "size": "42", "color": "<em>red</em>"], ["sku": "RJ-2", "size": "44"]])
        XCTAssertEqual(formatted?["seo"], ["slug": "<em>red</em>-jacket", "meta": ["description": "a <em>red</em> jacket"]])
        XCTAssertEqual(formatted?["tags"], ["red", "warm"])
    }

    func testOnlyRetrievedAndFormattedAttributesAppear() {
        let formatter = FormatFixture.formatter("red") {
            $0.attributesToRetrieve = ["id", "variants.sku"]
            $0.attributesToHighlight = ["title"]
        }
        XCTAssertEqual(formatter.format(document: document).formatted, FormatFixture.object("""
            {"id":"1","title":"<em>Red</em> Jacket","variants":[{"sku":"RJ-1"},{"sku":"RJ-2"}]}
            """))
    }

    func testStarHighlightAddsEveryDisplayedAttributeEvenWhenNotRetrieved() {
        // Meilisearch's `formatted_contain_wildcard`: the hit itself is empty, `_formatted` is not.
        let formatter = FormatFixture.formatter("pésti") {
            $0.attributesToRetrieve = ["father", "mother"]
            $0.attributesToHighlight = ["father", "mother", "*"]
        }
        XCTAssertEqual(formatter.format(document: ["id": 852, "cattos": "pésti"]).formatted,
                       ["id": "852", "cattos": "<em>pésti</em>"])
    }

    func testHiddenAttributesNeverAppear() {
        var settings = IndexSettings()
        settings.displayedAttributes = ["id", "title"]
        let formatter = FormatFixture.formatter("red", settings: settings) { $0.attributesToHighlight = ["*"] }
        XCTAssertEqual(formatter.format(document: document).formatted, FormatFixture.object(#"{"id":"1","title":"<em>Red</em> Jacket"}"#))
    }

    func testNoFormattedWhenNoRequestedAttributeIsDisplayed() {
        var settings = IndexSettings()
        settings.displayedAttributes = ["id", "title"]
        let formatter = FormatFixture.formatter("red", settings: settings) {
            $0.attributesToHighlight = ["tags"]
            $0.attributesToCrop = ["seo.slug:2"]
        }
        XCTAssertFalse(formatter.isNeeded)
        XCTAssertNil(formatter.format(document: document).formatted)
    }

    func testEmptyDisplayedListHidesEverything() {
        var settings = IndexSettings()
        settings.displayedAttributes = []
        let formatter = FormatFixture.formatter("red", settings: settings) {
            $0.attributesToHighlight = ["*"]
            $0.showMatchesPosition = true
        }
        let result = formatter.format(document: document)
        XCTAssertNil(result.formatted)
        XCTAssertEqual(result.matchesPosition, JSONObject())
    }

    func testDisplayedParentOfARequestedAttributeCounts() {
        var settings = IndexSettings()
        settings.displayedAttributes = ["seo"]
        let formatter = FormatFixture.formatter("red", settings: settings) { $0.attributesToHighlight = ["seo.meta.description"] }
        XCTAssertEqual(formatter.format(document: document).formatted,
                       ["seo": ["slug": "red-jacket", "meta": ["description": "a <em>red</em> jacket"]]])
    }
}
