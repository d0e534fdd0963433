import LoupeJSON
import XCTest

final class JSONParserTests: XCTestCase {
    func testParsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" { "a" : [1, -2.5, 3e2, true, false, null, "s"], "b": {}, "c": [] } "#)
        let expected: JSONValue = ["a": [1, .number(JSONNumber(literal: "-2.5")!), .number(JSONNumber(literal: "3e2")!),
                                         true, false, nil, "s"],
                                   "b": .object(JSONObject()), "c": []]
        XCTAssertEqual(value, expected)
        XCTAssertEqual(value["a"]?[2]?.numberValue?.literal, "3e2")
        XCTAssertEqual(value["a"]?[6]?.stringValue, "s")
        XCTAssertNil(value["a"]?[7])
        XCTAssertNil(value["missing"])
        XCTAssertEqual(value["a"]?[3]?.boolValue, true)
        XCTAssertEqual(value["a"]?[5]?.isNull, true)
        XCTAssertEqual(value["b"]?.objectValue?.count, 0)
        XCTAssertEqual(value["c"]?.arrayValue?.count, 0)
    }

    func testScalarsAtTopLevel() throws {
        XCTAssertEqual(try JSONParser.parse("42"), 42)
        XCTAssertEqual(try JSONParser.parse("\"x\""), "x")
        XCTAssertEqual(try JSONParser.parse(" null\n"), nil)
        XCTAssertEqual(try JSONParser.parse("-0").numberValue?.literal, "-0")
    }

    func testObjectKeepsDocumentKeyOrder() throws {
        let value = try JSONParser.parse(#"{"zeta":1,"alpha":2,"mid":3,"beta":4}"#)
        XCTAssertEqual(value.objectValue?.keys, ["zeta", "alpha", "mid", "beta"])
        XCTAssertEqual(value.jsonString, #"{"zeta":1,"alpha":2,"mid":3,"beta":4}"#)
    }

    func testDuplicateKeysLastValueWinsAtFirstPosition() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        XCTAssertEqual(value.objectValue?.keys, ["a", "b"])
        XCTAssertEqual(value["a"], 3)
        XCTAssertEqual(value.jsonString, #"{"a":3,"b":2}"#)

        // Objects too large for the pairwise scan take the hashed path.
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let big = try JSONParser.parse("{\(members),\"k7\":\"again\"}")
        XCTAssertEqual(big.objectValue?.count, 40)
        XCTAssertEqual(big.objectValue?.keys[7], "k7")
        XCTAssertEqual(big["k7"], "again")
    }

    func testStringEscapes() throws {
        let value = try JSONParser.parse(#""q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u4e2d \u0000""#)
        XCTAssertEqual(value.stringValue, "q\" b\\ s/ \u{8}\u{C}\n\r\t Aé中 \u{0}")
    }

    func testSurrogatePairCombines() throws {
        XCTAssertEqual(try JSONParser.parse(#""\ud83d\ude00""#).stringValue, "😀")
        XCTAssertEqual(try JSONParser.parse(#""x\uD834\uDD1Ey""#).stringValue, "x𝄞y")
    }

    func testRawNonASCIIIsKept() throws {
        XCTAssertEqual(try JSONParser.parse(#"{"naïve":"日本語 😀"}"#)["naïve"]?.stringValue, "日本語 😀")
    }

    func testParsesFromAllInputForms() throws {
        let text = #"{"k":[1,2]}"#
        let fromString = try JSONParser.parse(text)
        XCTAssertEqual(try JSONParser.parse(Array(text.utf8)), fromString)
        let fromRaw = try Array(text.utf8).withUnsafeBytes { try JSONParser.parse($0) }
        XCTAssertEqual(fromRaw, fromString)
    }

    func testDepthUpToLimitIsAccepted() throws {
        let nested = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        XCTAssertNoThrow(try JSONParser.parse(nested, maxDepth: 10))
        XCTAssertThrowsError(try JSONParser.parse(nested, maxDepth: 9))
        XCTAssertNoThrow(try JSONParser.parse(String(repeating: "[", count: 256) + String(repeating: "]", count: 256)))
    }

    func testDeepNestingFailsQuicklyWithoutStackOverflow() {
        let start = ContinuousClock.now
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            let e = error as! JSONParseError
            XCTAssertEqual(e.message, "recursion limit exceeded (maximum depth 256)")
            XCTAssertEqual(e.offset, 256)
        }
        // A huge explicit limit must not recurse either: the parser runs out of input instead.
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(objects, maxDepth: 1_000_000)) { error in
            XCTAssertEqual((error as! JSONParseError).message, "unexpected end of input while parsing an object")
        }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(5))
    }

    func testRoundTripIsByteExactForCompactInput() throws {
        let text = #"{"id":"p_01","price":12.50,"tags":["a","b"],"n":-0.0e+5,"nested":{"x":[{},[],null]},"s":"tab\there\u001f"}"#
        XCTAssertEqual(try JSONParser.parse(text).jsonString, text)
    }
}
