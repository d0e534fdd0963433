@testable import Indexer
import LoupeJSON
import XCTest

/// Extreme hits and requests format in bounded time: long texts, huge crop lengths, long prefixes, deep nesting.
final class FormatRobustnessTests: XCTestCase {
    private func timed<Result>(_ body: () -> Result) -> (Result, Duration) {
        let clock = ContinuousClock()
        var result: Result? = nil
        let elapsed = clock.measure { result = body() }
        return (result!, elapsed)
    }

    func testLongTextFullOfMatchesWithHugeCropLength() {
        let text = Array(repeating: "red jacket", count: 50_000).joined(separator: " ")
        let formatter = FormatFixture.formatter("red jacket") {
            $0.attributesToHighlight = ["*"]
            $0.attributesToCrop = ["title:99999"]
            $0.showMatchesPosition = true
        }
        let (result, elapsed) = timed { formatter.format(document: ["title": .string(text)]) }
        XCTAssertLessThan(elapsed, .seconds(5))
        let formatted = result.formatted?["title"]?.stringValue ?? ""
        XCTAssertTrue(formatted.hasPrefix("<em>red</em> <em>jacket</em> <em>red</em>"), String(formatted.prefix(40)))
        XCTAssertTrue(formatted.hasSuffix("<em>red</em>…"), String(formatted.suffix(40)))
        XCTAssertEqual(formatted.components(separatedBy: " ").count, 99_999)
        XCTAssertEqual(result.matchesPosition?["title"]?.arrayValue?.count, 100_000)
    }

    func testLongNonASCIIPrefix() {
        let query = String(repeating: "é", count: 4_000)
        let word = String(repeating: "É", count: 40_000)
        let formatter = FormatFixture.formatter(query) { $0.showMatchesPosition = true }
        let (result, elapsed) = timed { formatter.format(document: ["title": .string(word)]) }
        XCTAssertLessThan(elapsed, .seconds(5))
        XCTAssertEqual(result.matchesPosition, ["title": [["start": 0, "length": 8_000]]])
    }

    func testDeeplyNestedDocument() {
        var value: JSONValue = "red"
        for depth in 0..<200 { value = depth.isMultiple(of: 2) ? ["a": value] : [value] }
        let formatter = FormatFixture.formatter("red ") {
            $0.attributesToHighlight = ["*"]
            $0.showMatchesPosition = true
        }
        let result = formatter.format(document: ["root": value])
        let key = "root" + String(repeating: ".a", count: 100)
        XCTAssertEqual(result.matchesPosition?[key]?[0]?["indices"]?.arrayValue?.count, 100)
        var leaf = result.formatted?["root"]
        while let next = leaf?["a"] ?? leaf?[0] { leaf = next }
        XCTAssertEqual(leaf, "<em>red</em>")
    }

    func testEmptyAndSeparatorOnlyStrings() {
        let formatter = FormatFixture.formatter("red") {
            $0.attributesToCrop = ["*"]
            $0.cropLength = 2
            $0.attributesToHighlight = ["*"]
        }
        XCTAssertEqual(formatter.format(document: ["a": "", "b": " ,.!? ", "c": "🧥🧥"]).formatted, ["a": "", "b": " ,.!? ", "c": "🧥🧥"])
    }
}
