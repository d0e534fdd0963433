import LoupeJSON
import XCTest

final class JSONNumberTests: XCTestCase {
    func testLiteralValidation() {
        for valid in ["0", "-0", "12", "12.50", "-3", "1e3", "1E+3", "1e-05", "0.0", "123456789012345678901234567890"] {
            XCTAssertEqual(JSONNumber(literal: valid)?.literal, valid)
        }
        for invalid in ["", "-", "01", "+1", "1.", ".1", "1e", "1e+", "NaN", "Infinity", " 1", "1 ", "0x1", "1.2.3", "--1"] {
            XCTAssertNil(JSONNumber(literal: invalid), invalid)
        }
    }

    func testInt64ValueIsExact() {
        let cases: [(String, Int64?)] = [
            ("12", 12), ("-3", -3), ("0", 0), ("-0", 0), ("12.0", 12), ("12.50", nil), ("1e3", 1000),
            ("1.5e1", 15), ("1.25e1", nil), ("1200e-2", 12), ("1201e-2", nil), ("0.0e99999999999999999999", 0),
            ("9223372036854775807", .max), ("-9223372036854775808", .min),
            ("9223372036854775808", nil), ("-9223372036854775809", nil), ("9.223372036854775807e18", .max),
            ("9007199254740993", 9_007_199_254_740_993), ("1e19", nil), ("1e99999999999999999999", nil),
            ("100000000000000000000e-2", 1_000_000_000_000_000_000),
        ]
        for (literal, expected) in cases {
            let n = JSONNumber(literal: literal)
            XCTAssertNotNil(n, literal)
            XCTAssertEqual(n?.int64Value, expected, literal)
            XCTAssertEqual(n?.isInteger, expected != nil, literal)
        }
    }

    func testDoubleValue() {
        XCTAssertEqual(JSONNumber(literal: "12.50")?.doubleValue, 12.5)
        XCTAssertEqual(JSONNumber(literal: "-1e-3")?.doubleValue, -0.001)
        XCTAssertEqual(JSONNumber(literal: "1e400")?.doubleValue, .infinity)
    }

    func testDoubleInitWritesShortestValidJSON() {
        XCTAssertEqual(JSONNumber(10.0).literal, "10")
        XCTAssertEqual(JSONNumber(-0.0).literal, "0")
        XCTAssertEqual(JSONNumber(0.1).literal, "0.1")
        XCTAssertEqual(JSONNumber(12.5).literal, "12.5")
        XCTAssertEqual(JSONNumber(1e-5).literal, "1e-05")
        XCTAssertEqual(JSONNumber(1e20).literal, "1e+20")
        XCTAssertEqual(JSONNumber(Double.nan).literal, "0")
        XCTAssertEqual(JSONNumber(Double.infinity).doubleValue, .greatestFiniteMagnitude)
        XCTAssertEqual(JSONNumber(-Double.infinity).doubleValue, -.greatestFiniteMagnitude)
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let d = Double(bitPattern: rng.next())
            guard d.isFinite else { continue }
            let n = JSONNumber(d)
            XCTAssertNotNil(JSONNumber(literal: n.literal), n.literal)
            XCTAssertEqual(n.doubleValue, d == 0 ? 0 : d, n.literal)
        }
    }

    func testIntegerInitializers() {
        XCTAssertEqual(JSONNumber(Int64.min).literal, "-9223372036854775808")
        XCTAssertEqual(JSONNumber(Int64.min).int64Value, .min)
        XCTAssertEqual(JSONNumber(42).literal, "42")
    }

    func testEqualityComparesLiterals() {
        XCTAssertNotEqual(JSONNumber(literal: "12.50"), JSONNumber(literal: "12.5"))
        XCTAssertEqual(JSONNumber(literal: "1e3"), JSONNumber(literal: "1e3"))
        XCTAssertEqual(JSONNumber(12).description, "12")
    }
}
