import XCTest
@testable import Indexer

/// The hand-written ASCII path must give exactly the tokens ICU gives for the same text.
final class ASCIIFastPathTests: XCTestCase {
    /// Random ASCII weighted towards letters, digits and the characters the rules care about.
    func randomASCII(length: Int, using generator: inout SeededTestRandom) -> String {
        let interesting = Array("aZ09.,'-_ :;!?\n\t#@$%&/()\"".utf8)
        let bytes = (0..<length).map { _ -> UInt8 in
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4: UInt8.random(in: UInt8(ascii: "A")...UInt8(ascii: "z"), using: &generator)
            case 4..<6: UInt8.random(in: UInt8(ascii: "0")...UInt8(ascii: "9"), using: &generator)
            case 6..<9: interesting.randomElement(using: &generator)!
            default: UInt8.random(in: 0...127, using: &generator)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testFastPathMatchesICUOnRandomASCII() {
        var generator = SeededTestRandom(seed: 20_240_601)
        let fast = TextAnalyzer()
        let icu = TextAnalyzer(settings: .init(), segmentsASCIIWithICU: true)
        for _ in 0..<3_000 {
            let text = randomASCII(length: Int.random(in: 0...60, using: &generator), using: &generator)
            XCTAssertEqual(fast.tokenize(text), icu.tokenize(text), text.debugDescription)
            XCTAssertEqual(fast.positionedWords(text).map(\.1), icu.positionedWords(text).map(\.1), text.debugDescription)
        }
    }

    func testFastPathMatchesICUWithSettings() {
        var generator = SeededTestRandom(seed: 7)
        let settings = AnalyzerSettings(separatorTokens: ["x"], nonSeparatorTokens: ["#", "@"], dictionary: ["C#", "J. R."])
        let fast = TextAnalyzer(settings: settings)
        let icu = TextAnalyzer(settings: settings, segmentsASCIIWithICU: true)
        for _ in 0..<1_000 {
            let text = randomASCII(length: Int.random(in: 0...40, using: &generator), using: &generator)
            XCTAssertEqual(fast.tokenize(text), icu.tokenize(text), text.debugDescription)
        }
    }
}
