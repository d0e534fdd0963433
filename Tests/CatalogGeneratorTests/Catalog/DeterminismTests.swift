import CatalogGenerator
import LoupeJSON
import XCTest

final class DeterminismTests: XCTestCase {
    func testSameSeedGivesIdenticalBytes() throws {
        let first = try CatalogGenerator(seed: 7).productsNDJSON(range: 0..<500)
        let second = try CatalogGenerator(seed: 7).productsNDJSON(range: 0..<500)
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(first.count, 500 * 300)
    }

    func testDifferentSeedsGiveDifferentCatalogs() throws {
        let first = Fixtures.parseObjects(try CatalogGenerator(seed: 1).productsNDJSON(range: 0..<200))
        let second = Fixtures.parseObjects(try CatalogGenerator(seed: 2).productsNDJSON(range: 0..<200))
        let sameTitles = zip(first, second).filter { $0.string("title") == $1.string("title") }.count
        XCTAssertLessThan(sameTitles, 5, "two seeds should not share titles position by position")
        XCTAssertNotEqual(Set(first.map { $0.string("brand") }), Set(second.map { $0.string("brand") }))
    }

    func testSmallerCatalogIsPrefixOfLarger() throws {
        let generator = CatalogGenerator(seed: 99)
        let small = try generator.productsNDJSON(range: 0..<100)
        let large = try generator.productsNDJSON(range: 0..<1_000)
        XCTAssertEqual(Array(large.prefix(small.count)), small)
    }

    func testAnySliceEqualsTheSameLinesOfTheWholeCatalog() throws {
        let generator = CatalogGenerator(seed: 99)
        let whole = try generator.productsNDJSON(range: 0..<300)
        let lines = whole.split(separator: UInt8(ascii: "\n"))
        let slice = try generator.productsNDJSON(range: 120..<180)
        let expected = lines[120..<180].flatMap { Array($0) + [UInt8(ascii: "\n")] }
        XCTAssertEqual(slice, expected)
    }

    func testProductAtIndexIsTheParsedLine() throws {
        let generator = Fixtures.generator
        for index in [0, 1, 17, 4_999] {
            let line = try generator.productsNDJSON(range: index..<(index + 1))
            XCTAssertEqual(try generator.product(at: index), try JSONParser.parse(line))
        }
        XCTAssertEqual(try generator.product(at: 17).objectValue, Fixtures.products[17])
    }

    func testOutOfRangeIndicesAreTypedErrors() {
        let generator = Fixtures.generator
        let limit = CatalogGenerator.maximumProductCount
        XCTAssertThrowsError(try generator.product(at: -1)) { error in
            XCTAssertEqual(error as? CatalogGenerationError, .productIndexOutOfRange(index: -1, limit: limit))
        }
        XCTAssertThrowsError(try generator.product(at: Int.max)) { error in
            XCTAssertEqual(error as? CatalogGenerationError, .productIndexOutOfRange(index: Int.max, limit: limit))
        }
        XCTAssertThrowsError(try generator.productsNDJSON(range: (limit - 1)..<(limit + 1))) { error in
            XCTAssertEqual(error as? CatalogGenerationError, .productIndexOutOfRange(index: limit, limit: limit))
        }
        XCTAssertEqual(try generator.productsNDJSON(range: 5..<5), [])
        XCTAssertEqual(CatalogGenerationError.productIndexOutOfRange(index: -1, limit: limit).description,
                       "product index -1 is out of range: it must be in 0..<10000000")
    }
}
