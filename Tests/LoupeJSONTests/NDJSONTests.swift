import LoupeJSON
import XCTest

final class NDJSONTests: XCTestCase {
    func testParseLinesSkipsBlankLinesAndAcceptsCRLF() throws {
        let text = "{\"id\":1}\r\n\n   \n[2]\n\"three\"\n"
        XCTAssertEqual(try JSONParser.parseLines(Array(text.utf8)), [["id": 1], [2], "three"])
        XCTAssertEqual(try JSONParser.parseLines([]), [])
        XCTAssertEqual(try JSONParser.parseLines(Array("\n\n".utf8)), [])
    }

    func testValueMayNotSpanLines() {
        XCTAssertThrowsError(try JSONParser.parseLines(Array("{\"a\":\n1}".utf8))) { error in
            let e = error as! JSONParseError
            XCTAssertEqual(e.message, "unexpected end of input while parsing an object")
            XCTAssertEqual(e.line, 1)
        }
    }

    func testForEachLineReportsLineNumbers() throws {
        let bytes = Array("1\n\n2\n  3  \n".utf8)
        var seen: [(Int, JSONValue)] = []
        try bytes.withUnsafeBytes { raw in
            try JSONParser.forEachLine(raw) { line, value in seen.append((line, value)) }
        }
        XCTAssertEqual(seen.map(\.0), [1, 3, 4])
        XCTAssertEqual(seen.map(\.1), [1, 2, 3])
    }

    func testForEachLinePropagatesTheBodysError() {
        struct Stop: Error {}
        let bytes = Array("1\n2\n3".utf8)
        var count = 0
        XCTAssertThrowsError(try bytes.withUnsafeBytes { raw in
            try JSONParser.forEachLine(raw) { _, _ in
                count += 1
                if count == 2 { throw Stop() }
            }
        }) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(count, 2)
    }

    func testBigNDJSONErrorNamesTheLine() throws {
        var text = ""
        for k in 1...20_000 {
            text += k == 12_345 ? "{\"id\":\(k),\"name\":\"broken\",}\n" : "{\"id\":\(k),\"name\":\"item \(k)\"}\n"
        }
        let bytes = Array(text.utf8)
        XCTAssertThrowsError(try JSONParser.parseLines(bytes)) { error in
            let e = error as! JSONParseError
            XCTAssertEqual(e.message, "trailing comma")
            XCTAssertEqual(e.line, 12_345)
            XCTAssertEqual(e.column, 29)   // the `}` after `"broken",`
            XCTAssertEqual(e.description, "trailing comma at line 12345 column 29")
        }
        var lastLine = 0
        XCTAssertThrowsError(try bytes.withUnsafeBytes { raw in
            try JSONParser.forEachLine(raw) { line, _ in lastLine = line }
        }) { XCTAssertEqual(($0 as? JSONParseError)?.line, 12_345) }
        XCTAssertEqual(lastLine, 12_344)

        let valid = Array(text.replacingOccurrences(of: "\"broken\",}", with: "\"fixed\"}").utf8)
        let values = try JSONParser.parseLines(valid)
        XCTAssertEqual(values.count, 20_000)
        XCTAssertEqual(values[12_344]["name"], "fixed")
        XCTAssertEqual(values.last?["id"]?.numberValue?.int64Value, 20_000)
    }
}
