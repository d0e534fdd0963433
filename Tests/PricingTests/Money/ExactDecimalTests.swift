import Foundation
import Pricing
import XCTest

final class ExactDecimalTests: XCTestCase {
    func testParsingKeepsScaleAndRejectsGarbage() {
        XCTAssertEqual(dec("1000.00").description, "1000.00")
        XCTAssertEqual(dec("12345678988754.00000010000000085").description, "12345678988754.00000010000000085")
        XCTAssertEqual(dec("1e3").description, "1000")
        XCTAssertEqual(dec("-0.05").description, "-0.05")
        XCTAssertEqual(dec("2.5E-2"), dec("0.025"))
        for bad in ["", "-", "1.2.3", "abc", "1e", "12345678901234567890123456789012345678901", "1e-50"] {
            XCTAssertNil(ExactDecimal(parsing: bad), bad)
        }
    }

    func testComparisonAcrossScalesAndExtremes() {
        XCTAssertEqual(dec("1.0"), dec("1.00"))
        XCTAssertLessThan(dec("0.1"), dec("0.11"))
        XCTAssertLessThan(dec("-99999999999999999999999999999999999999"), dec("0.00000000000000000000000000000000000001"))
        XCTAssertGreaterThan(dec("99999999999999999999999999999999999999"), dec("1.5"))
        XCTAssertEqual(Set([dec("2.50"), dec("2.5")]).count, 1)
    }

    func testArithmeticIsExactAndOverflowIsTyped() throws {
        XCTAssertEqual(try dec("0.1").adding(dec("0.2")), dec("0.3"))
        XCTAssertEqual(try dec("19.99").multiplied(by: 3), dec("59.97"))
        XCTAssertThrowsError(try dec("99999999999999999999999999999999999999").adding(dec("99999999999999999999999999999999999999")))
    }

    func testRoundingRules() {
        XCTAssertEqual(dec("2.345").rounded(toScale: 2, rule: .halfAwayFromZero).description, "2.35")
        XCTAssertEqual(dec("-2.345").rounded(toScale: 2, rule: .halfAwayFromZero).description, "-2.35")
        XCTAssertEqual(dec("2.345").rounded(toScale: 2, rule: .halfEven).description, "2.34")
        XCTAssertEqual(dec("12.5").presented(scale: 2, rule: .halfEven).description, "12.50")
        XCTAssertEqual(dec("12345678988754.00000010000000085").wireNumberText, "12345678988754")
        XCTAssertEqual(dec("10.990").wireNumberText, "10.99")
    }

    /// No `Double`/`Float` anywhere in the pricing sources (comments aside).
    func testNoFloatingPointInPricingSources() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let sources = root.appendingPathComponent("Sources/Pricing")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                XCTAssertFalse(code.contains("Double") || code.contains("Float"), "\(file): \(line)")
            }
        }
    }
}
