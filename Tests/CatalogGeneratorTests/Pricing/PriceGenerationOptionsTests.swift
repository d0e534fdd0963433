import CatalogGenerator
import XCTest

final class PriceGenerationOptionsTests: XCTestCase {
    private func assertRejects(
        _ field: String, file: StaticString = #filePath, line: UInt = #line, _ change: (inout PriceGenerationOptions) -> Void
    ) {
        var options = PriceGenerationOptions()
        change(&options)
        XCTAssertThrowsError(try options.validate(), file: file, line: line) { error in
            guard case .invalidPriceOption(let named, _)? = error as? CatalogGenerationError else {
                return XCTFail("unexpected \(error)", file: file, line: line)
            }
            XCTAssertEqual(named, field, file: file, line: line)
        }
        XCTAssertThrowsError(try PriceTablesGenerator(catalog: Fixtures.generator, productCount: 10, options: options),
                             file: file, line: line)
    }

    func testDefaultsAndBenchmarkAreValid() throws {
        try PriceGenerationOptions().validate()
        try PriceGenerationOptions.benchmark.validate()
        XCTAssertEqual(PriceGenerationOptions.benchmark.priceListCount, 10_000)
        XCTAssertEqual(PriceGenerationOptions.benchmark.customerGroupCount, 50)
    }

    func testBadFieldsAreNamed() {
        assertRejects("currencies") { $0.currencies = [] }
        assertRejects("currencies[1]") { $0.currencies[1].code = "USD" }
        assertRejects("currencies[2]") { $0.currencies[2] = .eur }
        assertRejects("currencies[0]") { $0.currencies[0].exponent = 7 }
        assertRejects("currencies[0]") { $0.currencies[0].perEuroThousandths = 0 }
        assertRejects("regions[0]") { $0.regions[0].id = "europe" }
        assertRejects("regions[1]") { $0.regions[1].id = "reg_eu" }
        assertRejects("regions[3]") { $0.regions[3].currencyCode = "chf" }
        assertRejects("regions") { $0.regions = [] }
        assertRejects("tieredVariantPercent") { $0.tieredVariantPercent = 101 }
        assertRejects("regionPricePercent") { $0.regionPricePercent = -1 }
        assertRejects("quantityTiers") { $0.quantityTiers = [] }
        assertRejects("quantityTiers[0]") { $0.quantityTiers[0].minQuantity = 2 }
        assertRejects("quantityTiers[1]") { $0.quantityTiers[1].minQuantity = 9 }
        assertRejects("quantityTiers[1]") { $0.quantityTiers[1].maxQuantity = nil }
        assertRejects("quantityTiers[2]") { $0.quantityTiers[2].discountPercent = 100 }
        assertRejects("quantityTiers[2]") { $0.quantityTiers[2].maxQuantity = Int.max }
        assertRejects("customerGroupCount") { $0.customerGroupCount = 51 }
        assertRejects("customerGroupCount") { $0.customerGroupCount = 0 }
        assertRejects("priceListCount") { $0.priceListCount = -1 }
        assertRejects("pricesPerList") { $0.pricesPerList = 0 }
        assertRejects("referenceTime") { $0.referenceTime = -5 }
    }

    func testProductCountIsChecked() {
        XCTAssertThrowsError(try PriceTablesGenerator(catalog: Fixtures.generator, productCount: 0)) { error in
            XCTAssertEqual(error as? CatalogGenerationError, .productCountOutOfRange(count: 0, limit: 10_000_000))
        }
    }

    func testNoRegionsWithoutRegionPricesIsFine() throws {
        var options = PriceGenerationOptions()
        options.regions = []
        options.regionPricePercent = 0
        options.priceListCount = 5
        let tables = try PriceTablesGenerator(catalog: Fixtures.generator, productCount: 30, options: options).tables()
        XCTAssertNil(tables[.priceRule])
        XCTAssertNil(tables[.region])
        XCTAssertNotNil(tables[.price])
    }

    func testCustomerGroupsBeyondTheNamedOnesAreNumbered() throws {
        var options = PriceGenerationOptions()
        options.customerGroupCount = 50
        options.priceListCount = 0
        let groups = Fixtures.parseObjects(
            try PriceTablesGenerator(catalog: Fixtures.generator, productCount: 1, options: options).tables()[.customerGroup] ?? [])
        XCTAssertEqual(groups.count, 50)
        XCTAssertEqual(groups.last?.string("id"), "cusgroup_b2b_050")
        XCTAssertEqual(Set(groups.map { $0.string("id") }).count, 50)
    }
}
