import LoupeJSON
import XCTest

final class JSONWriterTests: XCTestCase {
    private func written(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    func testEscapesEveryControlCharacterQuoteAndBackslash() throws {
        for scalar in 0..<0x20 {
            let s = String(UnicodeScalar(UInt8(scalar)))
            let text = written { $0.writeString(s) }
            let expected: String
            switch scalar {
            case 0x08: expected = #""\b""#
            case 0x09: expected = #""\t""#
            case 0x0A: expected = #""\n""#
            case 0x0C: expected = #""\f""#
            case 0x0D: expected = #""\r""#
            default: expected = "\"\\u00" + (scalar < 0x10 ? "0" : "") + String(scalar, radix: 16) + "\""
            }
            XCTAssertEqual(text, expected)
            XCTAssertEqual(try JSONParser.parse(text).stringValue, s)
        }
        XCTAssertEqual(written { $0.writeString("a\"b\\c/d\u{7F}") }, #""a\"b\\c/d"# + "\u{7F}\"")
    }

    func testNonASCIIIsWrittenAsRawUTF8() {
        let text = "é中😀\u{2028}"
        var writer = JSONWriter()
        writer.writeString(text)
        XCTAssertEqual(writer.bytes, [0x22] + Array(text.utf8) + [0x22])
    }

    func testWriteStringUTF8MatchesWriteString() {
        let text = "line\nnext \"q\" ü"
        let viaBuffer = written { writer in
            Array(text.utf8).withUnsafeBufferPointer { writer.writeStringUTF8($0) }
        }
        XCTAssertEqual(viaBuffer, written { $0.writeString(text) })
    }

    func testNumbersAndRawFragments() {
        let text = written { w in
            w.writeRaw("[")
            w.writeInt(0); w.writeRaw(",")
            w.writeInt(-42); w.writeRaw(",")
            w.writeInt(Int.min); w.writeRaw(",")
            w.writeInt(Int.max); w.writeRaw(",")
            w.writeDouble(2.5); w.writeRaw(",")
            w.writeDouble(3.0); w.writeRaw(",")
            w.writeNumber(JSONNumber(literal: "12.50")!); w.writeRaw(",")
            w.writeRaw(Array(#"{"pre":true}"#.utf8))
            w.writeRaw("]")
        }
        XCTAssertEqual(text, #"[0,-42,-9223372036854775808,9223372036854775807,2.5,3,12.50,{"pre":true}]"#)
    }

    func testWriteValueIsCompactAndOrdered() {
        let value: JSONValue = ["b": [1, "x", nil, true, false], "a": ["n": [:]], "e": []]
        XCTAssertEqual(value.jsonString, #"{"b":[1,"x",null,true,false],"a":{"n":{}},"e":[]}"#)
        XCTAssertEqual(value.serialized(), Array(value.jsonString.utf8))
    }
}
