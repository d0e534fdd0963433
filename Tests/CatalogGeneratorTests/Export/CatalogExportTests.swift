import CatalogGenerator
import Foundation
import XCTest

final class CatalogExportTests: XCTestCase {
    private var directory = ""

    override func setUp() {
        directory = NSTemporaryDirectory() + "loupe-generate-" + UUID().uuidString
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testWritesProductsAndEveryPriceTable() throws {
        let export = try CatalogExport(generator: CatalogGenerator(seed: 5), productCount: 3_000)
        let summary = try export.write(to: directory + "/nested")
        let products = try Data(contentsOf: URL(fileURLWithPath: directory + "/nested/products.ndjson"))
        XCTAssertEqual(Array(products), try CatalogGenerator(seed: 5).productsNDJSON(range: 0..<3_000))
        XCTAssertEqual(summary.productCount, 3_000)
        XCTAssertEqual(summary.productBytes, products.count)
        var priceBytes = 0
        for table in PriceTable.allCases {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/nested/prices/" + table.fileName))
            XCTAssertEqual(data.filter { $0 == UInt8(ascii: "\n") }.count, summary.priceRows[table], table.fileName)
            priceBytes += data.count
        }
        XCTAssertEqual(summary.priceBytes, priceBytes)
    }

    func testProductsOnlyWithoutPriceOptions() throws {
        let summary = try CatalogExport(generator: CatalogGenerator(), productCount: 10, priceOptions: nil).write(to: directory)
        XCTAssertTrue(summary.priceRows.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/prices"))
    }

    func testBadCountsAndPathsAreTypedErrors() throws {
        XCTAssertThrowsError(try CatalogExport(generator: CatalogGenerator(), productCount: 10_000_001)) { error in
            XCTAssertEqual(error as? CatalogGenerationError, .productCountOutOfRange(count: 10_000_001, limit: 10_000_000))
        }
        FileManager.default.createFile(atPath: directory, contents: Data("x".utf8))
        let export = try CatalogExport(generator: CatalogGenerator(), productCount: 10)
        XCTAssertThrowsError(try export.write(to: directory)) { error in
            guard case .output(let path, _)? = error as? CatalogGenerationError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, self.directory)
        }
    }
}
