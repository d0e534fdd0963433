import XCTest
@testable import Indexer

final class PositionTests: XCTestCase {
    let analyzer = TextAnalyzer()

    func testSoftSeparatorsMoveOnePosition() {
        XCTAssertEqual(analyzer.positionedWords("red  -  leather_sofa/bed").map(\.1), [0, 1, 2, 3])
    }

    func testHardSeparatorMovesEightPositionsEvenAmongSoftOnes() {
        XCTAssertEqual(analyzer.positionedWords("red. sofa - , bed ; : lamp").map(\.1), [0, 8, 16, 24])
        XCTAssertEqual(analyzer.positionedWords("one\ntwo!three?four").map(\.1), [0, 8, 16, 24])
        XCTAssertEqual(analyzer.positionedWords("東京。大阪").map(\.1), [0, 8])
    }

    func testLeadingAndTrailingSeparatorsMoveNothing() {
        XCTAssertEqual(analyzer.positionedWords("  ... red sofa !!! ").map(\.1), [0, 1])
        XCTAssertEqual(analyzer.forEachWord(in: "  ... red sofa !!! ") { _, _, _ in }, 2)
    }

    func testAdjacentDictionarySegmentedWordsAreOneApart() {
        let positions = analyzer.positionedWords("東京都の眼鏡店").map(\.1)
        XCTAssertEqual(positions, Array(0..<positions.count))
    }

    func testStartPositionAndReturnedPositionChainArrayElements() {
        let end = analyzer.forEachWord(in: "red sofa", startPosition: 100) { _, _, _ in }
        XCTAssertEqual(end, 102)
        XCTAssertEqual(analyzer.positionedWords("blue chair", startPosition: end + 7).map(\.1), [109, 110])
    }

    func testTextWithoutWordsReturnsStartPosition() {
        XCTAssertEqual(analyzer.forEachWord(in: "", startPosition: 5) { _, _, _ in XCTFail("no word expected") }, 5)
        XCTAssertEqual(analyzer.forEachWord(in: " .,;🍕 ", startPosition: 5) { _, _, _ in XCTFail("no word expected") }, 5)
    }
}
