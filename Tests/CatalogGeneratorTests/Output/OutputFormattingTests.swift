@testable import CatalogGenerator
import XCTest

final class OutputFormattingTests: XCTestCase {
    private func decimal(_ minorUnits: Int, _ exponent: Int) -> String {
        var bytes: [UInt8] = []
        DecimalText.appendDecimal(minorUnits: minorUnits, exponent: exponent, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testDecimalsAreExactWithTrailingZerosTrimmed() {
        XCTAssertEqual(decimal(2_599, 2), "25.99")
        XCTAssertEqual(decimal(2_500, 2), "25")
        XCTAssertEqual(decimal(2_590, 2), "25.9")
        XCTAssertEqual(decimal(5, 2), "0.05")
        XCTAssertEqual(decimal(0, 2), "0")
        XCTAssertEqual(decimal(12_450, 3), "12.45")
        XCTAssertEqual(decimal(4_210, 0), "4210")
        XCTAssertEqual(decimal(-1_234, 2), "-12.34")
        XCTAssertEqual(decimal(Int.max, 2), "92233720368547758.07")
    }

    func testTimestampsAreISO8601UTC() {
        func iso(_ seconds: Int) -> String {
            var encoder = RowEncoder()
            ISOTimestamp.append(seconds, to: &encoder)
            return String(decoding: encoder.bytes, as: UTF8.self)
        }
        XCTAssertEqual(iso(0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(iso(1_749_988_800), "2025-06-15T12:00:00Z")
        XCTAssertEqual(iso(951_782_400), "2000-02-29T00:00:00Z")
        XCTAssertEqual(iso(1_709_251_199), "2024-02-29T23:59:59Z")
        XCTAssertEqual(iso(-1), "1969-12-31T23:59:59Z")
    }

    func testRowEncoderPlacesCommasAndEscapes() {
        var encoder = RowEncoder()
        encoder.openObject()
        encoder.key("a")
        encoder.openArray()
        encoder.int(1)
        encoder.string("say \"hi\"\n")
        encoder.openObject()
        encoder.closeObject()
        encoder.closeArray()
        encoder.key("b")
        encoder.null()
        encoder.key("c")
        encoder.decimal(minorUnits: 1_005, exponent: 3)
        encoder.closeObject()
        encoder.endRow()
        XCTAssertEqual(String(decoding: encoder.bytes, as: UTF8.self), "{\"a\":[1,\"say \\\"hi\\\"\\n\",{}],\"b\":null,\"c\":1.005}\n")
    }
}
