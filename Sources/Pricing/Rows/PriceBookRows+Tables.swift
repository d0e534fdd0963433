import LoupeJSON

extension PriceBookRows {
    /// Appends the rows of one table given as NDJSON, one row object per line (the layout
    /// `loupe generate` writes to `prices/<table>.ndjson`); errors name the table and line.
    public mutating func append(table: String, ndjsonRows bytes: [UInt8]) throws(PricingError) {
        guard Self.tableNames.contains(table) else {
            throw .malformedRow(position: table, field: "table",
                                reason: "unknown table '\(table)' (expected one of \(Self.tableNames.joined(separator: ", ")))")
        }
        let rows: [JSONValue]
        do { rows = try JSONParser.parseLines(bytes) } catch {
            throw .malformedRow(position: "\(table) line \(error.line)", field: "(json)", reason: error.message)
        }
        for (i, row) in rows.enumerated() { try append(table: table, row: row, position: "\(table) line \(i + 1)") }
    }
}
