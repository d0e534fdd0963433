import Foundation

/// Writes a generated catalog to a directory: `products.ndjson`, and with price options
/// `prices/<table>.ndjson` for every `PriceTable` (empty tables give empty files).
///
/// Files are written in chunks of about a megabyte, so memory stays flat at any size. Existing
/// files of the same names are replaced; a directory that cannot be created or a file that
/// cannot be written is reported as `CatalogGenerationError.output` naming the path.
public struct CatalogExport: Sendable {
    /// What was written.
    public struct Summary: Sendable {
        public let productCount: Int
        public let productBytes: Int
        /// Rows per price table; empty when prices were not requested.
        public let priceRows: [PriceTable: Int]
        public let priceBytes: Int
    }

    public let generator: CatalogGenerator
    public let productCount: Int
    /// Nil: products only.
    public let priceOptions: PriceGenerationOptions?

    public init(
        generator: CatalogGenerator, productCount: Int, priceOptions: PriceGenerationOptions? = PriceGenerationOptions()
    ) throws(CatalogGenerationError) {
        try CatalogGenerator.validate(productCount: productCount)
        try priceOptions?.validate()
        self.generator = generator
        self.productCount = productCount
        self.priceOptions = priceOptions
    }

    static let productsFileName = "products.ndjson"
    static let pricesDirectoryName = "prices"
    private static let productsPerChunk = 2_048

    /// Writes everything under `directory`, creating it (and `prices/`) when missing.
    @discardableResult
    public func write(to directory: String) throws(CatalogGenerationError) -> Summary {
        try OutputFile.createDirectory(directory)
        let products = try OutputFile(path: directory + "/" + CatalogExport.productsFileName)
        var start = 0
        while start < productCount {
            let end = min(productCount, start + CatalogExport.productsPerChunk)
            try products.append(try generator.productsNDJSON(range: start..<end))
            start = end
        }
        try products.close()

        guard let priceOptions else {
            return Summary(productCount: productCount, productBytes: products.bytesWritten, priceRows: [:], priceBytes: 0)
        }
        let pricesDirectory = directory + "/" + CatalogExport.pricesDirectoryName
        try OutputFile.createDirectory(pricesDirectory)
        var files: [PriceTable: OutputFile] = [:]
        for table in PriceTable.allCases {
            files[table] = try OutputFile(path: pricesDirectory + "/" + table.fileName)
        }
        let generator = try PriceTablesGenerator(catalog: generator, productCount: productCount, options: priceOptions)
        let rows = try generator.write { (table: PriceTable, chunk: [UInt8]) throws(CatalogGenerationError) in
            try files[table]?.append(chunk)
        }
        var priceBytes = 0
        for file in files.values {
            try file.close()
            priceBytes += file.bytesWritten
        }
        return Summary(productCount: productCount, productBytes: products.bytesWritten, priceRows: rows, priceBytes: priceBytes)
    }
}
