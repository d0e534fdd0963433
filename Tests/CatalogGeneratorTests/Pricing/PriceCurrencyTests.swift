@testable import CatalogGenerator
import XCTest

final class PriceCurrencyTests: XCTestCase {
    func testConversionRoundsToEachCurrencysPricePoints() {
        // 25.99 EUR: × 1.08 = 28.07 → 27.99 USD; × 162 = 4210.38 → 4210 JPY; × 0.331 = 8.603 → 8.600 KWD.
        XCTAssertEqual(PriceCurrency.eur.price(fromEuroCents: 2_599), 2_599)
        XCTAssertEqual(PriceCurrency.usd.price(fromEuroCents: 2_599), 2_799)
        XCTAssertEqual(PriceCurrency.jpy.price(fromEuroCents: 2_599), 4_210)
        XCTAssertEqual(PriceCurrency.kwd.price(fromEuroCents: 2_599), 8_600)
        XCTAssertEqual(PriceCurrency.gbp.price(fromEuroCents: 99), 99, "never below the smallest price point")
    }

    func testAdjustmentsAreExactToTheMinorUnit() {
        XCTAssertEqual(PriceCurrency.eur.price(10_099, adjustedByPercent: 20), 8_079)
        XCTAssertEqual(PriceCurrency.eur.price(10_099, adjustedByPercent: -10), 11_109)
        XCTAssertEqual(PriceCurrency.jpy.price(4_210, adjustedByPercent: 15), 3_579)
        XCTAssertEqual(PriceCurrency.kwd.price(8_600, adjustedByPercent: 8), 7_912)
        XCTAssertEqual(PriceCurrency.eur.price(1, adjustedByPercent: 99), 1, "never zero")
    }
}
