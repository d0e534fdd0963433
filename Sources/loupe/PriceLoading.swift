import ArgumentParser
import CatalogGenerator
import Foundation
import Pricing

/// Builds the server's price book from files (`--prices DIR`) or from the demo catalogue's generator.
enum PriceLoading {
    /// Reads `DIR/<table>.ndjson` for each table the price book uses (the layout `loupe generate`
    /// writes under `<out>/prices`); a missing file is an empty table, and `DIR` must hold at least one.
    static func book(directory: String) throws -> PriceBook {
        var rows = PriceBookRows()
        var found = 0
        for table in PriceBookRows.tableNames {
            let path = (directory as NSString).appendingPathComponent(table + ".ndjson")
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            try rows.append(table: table, ndjsonRows: [UInt8](data))
            found += 1
        }
        guard found > 0 else {
            throw ValidationError("--prices \(directory): no price table files found (expected e.g. price.ndjson, as `loupe generate` writes under <out>/prices)")
        }
        return try PriceBook(rows: rows, configuration: PricingConfiguration())
    }

    /// The demo catalogue's price tables (generated with the demo preset, seed 42), as a price book.
    static func demoBook(products: Int) throws -> PriceBook {
        let generator = try PriceTablesGenerator(catalog: CatalogGenerator(seed: 42), productCount: products)
        var rows = PriceBookRows()
        for (table, bytes) in generator.tables().sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where PriceBookRows.tableNames.contains(table.rawValue) {
            try rows.append(table: table.rawValue, ndjsonRows: bytes)
        }
        return try PriceBook(rows: rows, configuration: PricingConfiguration())
    }
}
