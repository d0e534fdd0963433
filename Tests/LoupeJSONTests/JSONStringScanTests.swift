import LoupeJSON
import XCTest

final class JSONStringScanTests: XCTestCase {
    /// Every byte that needs escaping, at every offset of an eight-byte word, next to lookalike
    /// neighbours (`!`, `#`, `[`, `]`, 0x7F, non-ASCII), written and read back.
    func testSpecialBytesAtEveryPositionRoundTrip() throws {
        let fillers: [String] = ["a", "!", "#", "]", "[", "\u{7F}", "é", " "]
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}"] {
            for position in 0..<20 {
                for filler in fillers {
                    let s = String(repeating: filler, count: position) + special + String(repeating: filler, count: 19 - position)
                    let text = JSONValue.string(s).jsonString
                    XCTAssertEqual(try JSONParser.parse(text).stringValue, s)
                }
            }
        }
    }

    func testLongPlainStringsAreUnchanged() throws {
        let printable = String((0x20...0x7E).map { Character(UnicodeScalar(UInt8($0))) }.filter { $0 != "\"" && $0 != "\\" })
        let s = String(repeating: printable + "ünï😀", count: 3)
        XCTAssertEqual(JSONValue.string(s).jsonString, "\"\(s)\"")
        XCTAssertEqual(try JSONParser.parse("\"\(s)\"").stringValue, s)
    }
}
