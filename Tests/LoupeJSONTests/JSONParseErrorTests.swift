import LoupeJSON
import XCTest

final class JSONParseErrorTests: XCTestCase {
    /// Parses `text` expecting failure and returns the error.
    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONParseError? {
        failure(Array(text.utf8), file: file, line: line)
    }

    private func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> JSONParseError? {
        do {
            let value = try JSONParser.parse(bytes)
            XCTFail("expected an error, parsed \(value)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func assertError(_ text: String, _ message: String, line: Int, column: Int,
                             file: StaticString = #filePath, sourceLine: UInt = #line) {
        guard let e = failure(text, file: file, line: sourceLine) else { return }
        XCTAssertEqual(e.message, message, "input: \(text)", file: file, line: sourceLine)
        XCTAssertEqual(e.line, line, "line for: \(text)", file: file, line: sourceLine)
        XCTAssertEqual(e.column, column, "column for: \(text)", file: file, line: sourceLine)
    }

    func testDescriptionReadsLikeSerde() {
        let e = failure(#"{"a":1 "b":2}"#)
        XCTAssertEqual(e?.description, "expected `,` or `}` at line 1 column 8")
        XCTAssertEqual(e?.offset, 7)
    }

    func testStructuralErrors() {
        assertError("", "expected a value", line: 1, column: 1)
        assertError("  \n ", "expected a value", line: 2, column: 2)
        assertError("[1,]", "trailing comma", line: 1, column: 4)
        assertError(#"{"a":1,}"#, "trailing comma", line: 1, column: 8)
        assertError("[1 2]", "expected `,` or `]`", line: 1, column: 4)
        assertError(#"{"a" 1}"#, "expected `:`", line: 1, column: 6)
        assertError("{1:2}", "key must be a string", line: 1, column: 2)
        assertError("[,1]", "expected a value", line: 1, column: 2)
        assertError("{\n\"a\":1\n} x", "trailing characters", line: 3, column: 3)
        assertError("1 2", "trailing characters", line: 1, column: 3)
        assertError("[1,\n2", "unexpected end of input while parsing an array", line: 2, column: 2)
        assertError(#"{"a":"#, "unexpected end of input while parsing an object", line: 1, column: 6)
        assertError(#"{"a""#, "unexpected end of input while parsing an object", line: 1, column: 5)
        assertError("]", "expected a value", line: 1, column: 1)
    }

    func testLiteralErrors() {
        assertError("NaN", "expected a value", line: 1, column: 1)
        assertError("[Infinity]", "expected a value", line: 1, column: 2)
        assertError("-Infinity", "invalid number: expected a digit", line: 1, column: 2)
        assertError("tru", "unexpected end of input, expected `true`", line: 1, column: 4)
        assertError("nul1", "invalid literal, expected `null`", line: 1, column: 4)
        assertError("True", "expected a value", line: 1, column: 1)
    }

    func testNumberErrors() {
        assertError("01", "invalid number: leading zeros are not allowed", line: 1, column: 2)
        assertError("[-01]", "invalid number: leading zeros are not allowed", line: 1, column: 4)
        assertError("1.", "invalid number: expected a digit", line: 1, column: 3)
        assertError("1.e5", "invalid number: expected a digit", line: 1, column: 3)
        assertError("1e", "invalid number: expected a digit", line: 1, column: 3)
        assertError("1e+", "invalid number: expected a digit", line: 1, column: 4)
        assertError("+1", "expected a value", line: 1, column: 1)
        assertError(".5", "expected a value", line: 1, column: 1)
        assertError("0x10", "trailing characters", line: 1, column: 2)
    }

    func testStringErrors() {
        assertError("\"a\nb\"", "control character U+000A must be escaped in a string", line: 1, column: 3)
        assertError("\"\u{1}\"", "control character U+0001 must be escaped in a string", line: 1, column: 2)
        assertError("\"a\\qb\"", "invalid escape", line: 1, column: 4)
        assertError(#""\u12G4""#, "invalid \\u escape: expected 4 hex digits", line: 1, column: 6)
        assertError(#""\ud83d""#, "lone leading surrogate in \\u escape", line: 1, column: 2)
        assertError(#""\ud83dx""#, "lone leading surrogate in \\u escape", line: 1, column: 2)
        assertError(#""\ud83d\u0041""#, "invalid surrogate pair in \\u escape", line: 1, column: 8)
        assertError(#""\ude00""#, "lone trailing surrogate in \\u escape", line: 1, column: 2)
        assertError("\"abc", "unexpected end of input while parsing a string", line: 1, column: 5)
        assertError("\"a\\", "unexpected end of input while parsing a string", line: 1, column: 4)
        assertError("\"\\u00", "unexpected end of input while parsing a string", line: 1, column: 6)
        assertError("\"\\\u{1}\"", "invalid escape", line: 1, column: 3)
    }

    func testInvalidUTF8IsRejectedWithItsPosition() {
        let cases: [([UInt8], Int)] = [
            ([0x22, 0x61, 0xFF, 0x22], 2),                 // never valid byte
            ([0x22, 0x80, 0x22], 1),                       // stray continuation
            ([0x22, 0xC3, 0x22], 1),                       // truncated 2-byte
            ([0x22, 0xC0, 0xAF, 0x22], 1),                 // overlong "/"
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),           // encoded surrogate
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),     // above U+10FFFF
            ([0x22, 0x5C, 0x6E, 0xE2, 0x82, 0x22], 3),     // after an escape, truncated 3-byte
        ]
        for (bytes, offset) in cases {
            let e = failure(bytes)
            XCTAssertEqual(e?.message, "invalid UTF-8 in string", "\(bytes)")
            XCTAssertEqual(e?.offset, offset, "\(bytes)")
        }
        XCTAssertEqual(failure([0x5B, 0xC3, 0xA9, 0x5D])?.message, "expected a value")
    }

    func testByteOrderMarkIsRejected() {
        let e = failure([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        XCTAssertEqual(e?.message, "byte order mark (U+FEFF) is not allowed at the start of JSON text")
        XCTAssertEqual(e?.offset, 0)
    }

    func testOnlyFourWhitespaceBytesAreWhitespace() {
        XCTAssertNoThrow(try JSONParser.parse(" \t\r\n[ \t\r\n1 \t\r\n] \t\r\n"))
        assertError("[1,\u{0B}2]", "expected a value", line: 1, column: 4)
        assertError("\u{0C}1", "expected a value", line: 1, column: 1)
        assertError("\u{A0}1", "expected a value", line: 1, column: 1)
    }

    func testColumnCountsBytesOnTheLineOfTheError() {
        assertError("{\"é\":1,\n  \"x\" 2}", "expected `:`", line: 2, column: 7)
    }
}
