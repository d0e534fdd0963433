import CatalogGenerator
import LoupeJSON
import XCTest

/// Catalogs shared by the suites, generated once per test process.
enum Fixtures {
    static let generator = CatalogGenerator(seed: 42)

    /// The first 5,000 products of seed 42, parsed.
    static let products: [JSONObject] = parseObjects(ndjson(0..<5_000))

    /// The first 30,000 products of seed 42, parsed (frequency statistics).
    static let largeCatalog: [JSONObject] = parseObjects(ndjson(0..<30_000))

    /// Price tables for the first 600 products with default options, parsed per table.
    static let priceProductCount = 600
    static let priceTables: [PriceTable: [JSONObject]] = {
        do {
            return try PriceTablesGenerator(catalog: generator, productCount: priceProductCount).tables().mapValues(parseObjects)
        } catch {
            XCTFail("price generation failed: \(error)")
            return [:]
        }
    }()

    static func ndjson(_ range: Range<Int>) -> [UInt8] {
        do {
            return try generator.productsNDJSON(range: range)
        } catch {
            XCTFail("product generation failed: \(error)")
            return []
        }
    }

    static func parseObjects(_ ndjson: [UInt8]) -> [JSONObject] {
        do {
            return try JSONParser.parseLines(ndjson).map { value in
                guard let object = value.objectValue else { throw FixtureError.notAnObject }
                return object
            }
        } catch {
            XCTFail("generated NDJSON does not parse: \(error)")
            return []
        }
    }

    enum FixtureError: Error { case notAnObject }
}

extension JSONObject {
    func string(_ key: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let value = self[key]?.stringValue else {
            XCTFail("'\(key)' is not a string in \(JSONValue.object(self).jsonString)", file: file, line: line)
            return ""
        }
        return value
    }

    func int(_ key: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        guard let value = self[key]?.numberValue?.int64Value else {
            XCTFail("'\(key)' is not an integer in \(JSONValue.object(self).jsonString)", file: file, line: line)
            return 0
        }
        return Int(value)
    }

    func optionalInt(_ key: String, file: StaticString = #filePath, line: UInt = #line) -> Int? {
        guard let value = self[key] else {
            XCTFail("'\(key)' is missing", file: file, line: line)
            return nil
        }
        if value.isNull { return nil }
        return int(key, file: file, line: line)
    }
}
