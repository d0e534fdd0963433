import LoupeJSON

extension PriceBookRows {
    /// The table names accepted by ``append(table:row:position:)`` (Medusa's, plus `product_variant`).
    public static let tableNames = ["price_set", "price", "price_rule", "price_list", "price_list_rule",
                                    "price_preference", "product_variant_price_set", "product_variant"]

    /// Decodes one row of `table` (columns as in Medusa's tables) and appends it.
    public mutating func append(table: String, row: JSONValue, position: String) throws(PricingError) {
        switch table {
        case "price_set": priceSets.append(try PriceSetRow(json: row, position: position))
        case "price": prices.append(try PriceRow(json: row, position: position))
        case "price_rule": priceRules.append(try PriceRuleRow(json: row, position: position))
        case "price_list": priceLists.append(try PriceListRow(json: row, position: position))
        case "price_list_rule": priceListRules.append(try PriceListRuleRow(json: row, position: position))
        case "price_preference": pricePreferences.append(try PricePreferenceRow(json: row, position: position))
        case "product_variant_price_set": variantPriceSets.append(try VariantPriceSetRow(json: row, position: position))
        case "product_variant": productVariants.append(try ProductVariantRow(json: row, position: position))
        default:
            throw .malformedRow(position: position, field: "table",
                                reason: "unknown table '\(table)' (expected one of \(Self.tableNames.joined(separator: ", ")))")
        }
    }

    /// Decodes a document `{"price": [rows…], "price_rule": [rows…], …}` keyed by table name.
    public init(json: JSONValue) throws(PricingError) {
        self.init()
        guard let tables = json.objectValue else {
            throw .malformedRow(position: "document", field: "(root)", reason: "expected an object keyed by table name")
        }
        for (table, rows) in tables {
            guard let rows = rows.arrayValue else {
                throw .malformedRow(position: table, field: "(table)", reason: "expected an array of rows")
            }
            for (i, row) in rows.enumerated() { try append(table: table, row: row, position: "\(table)[\(i)]") }
        }
    }

    /// Decodes NDJSON where each line is `{"table": "<name>", "row": {columns…}}`; errors name the line.
    public init(ndjson bytes: [UInt8]) throws(PricingError) {
        self.init()
        let lines: [JSONValue]
        do { lines = try JSONParser.parseLines(bytes) } catch {
            throw .malformedRow(position: "line \(error.line)", field: "(json)", reason: error.message)
        }
        for (i, line) in lines.enumerated() {
            let position = "line \(i + 1)"
            guard let table = line["table"]?.stringValue else {
                throw .malformedRow(position: position, field: "table", reason: "expected a string")
            }
            guard let row = line["row"] else { throw .malformedRow(position: position, field: "row", reason: "missing") }
            try append(table: table, row: row, position: position)
        }
    }
}
