import XCTest
@testable import Indexer

final class AnalyzerSettingsTests: XCTestCase {
    func testDictionaryEntriesStaySingleWords() {
        let analyzer = TextAnalyzer(settings: AnalyzerSettings(dictionary: ["C#", "J. R. R."]))
        XCTAssertEqual(analyzer.words("Learn C# with J. R. R. Tolkien"), ["learn", "c#", "with", "j. r. r.", "tolkien"])
        XCTAssertEqual(analyzer.words("learn c#"), ["learn", "c#"])
    }

    func testDictionaryEntryDoesNotMatchInsideAWord() {
        let analyzer = TextAnalyzer(settings: AnalyzerSettings(dictionary: ["C#"]))
        XCTAssertEqual(analyzer.words("ABC# code"), ["abc", "code"])
    }

    func testWithoutSettingsDictionaryStringsAreSplit() {
        XCTAssertEqual(TextAnalyzer().words("C# J. R. R."), ["c", "j", "r", "r"])
    }

    func testSeparatorTokensSplitWords() {
        let analyzer = TextAnalyzer(settings: AnalyzerSettings(separatorTokens: ["x", "|;"]))
        XCTAssertEqual(analyzer.positionedWords("10x20").map(\.0), ["10", "20"])
        XCTAssertEqual(analyzer.positionedWords("10x20").map(\.1), [0, 1])
        XCTAssertEqual(analyzer.positionedWords("red|;blue").map(\.1), [0, 8])
    }

    func testNonSeparatorTokensJoinWords() {
        let analyzer = TextAnalyzer(settings: AnalyzerSettings(nonSeparatorTokens: ["#", "@"]))
        XCTAssertEqual(analyzer.words("c# user@Example #1"), ["c#", "user@example", "#1"])
        XCTAssertEqual(analyzer.words("東京#大阪"), ["東京#大阪"])
    }

    func testDictionaryWinsOverSeparatorTokens() {
        let analyzer = TextAnalyzer(settings: AnalyzerSettings(separatorTokens: ["#"], dictionary: ["c#"]))
        XCTAssertEqual(analyzer.words("c# f#g"), ["c#", "f", "g"])
    }

    func testEmptySettingStringsAreIgnored() {
        let analyzer = TextAnalyzer(settings: AnalyzerSettings(separatorTokens: [""], nonSeparatorTokens: [""], dictionary: [""]))
        XCTAssertEqual(analyzer.words("red sofa"), ["red", "sofa"])
    }
}
