extension PriceTablesGenerator {
    /// Tax preferences (one per currency, one per region), customer groups and regions.
    func writeReferenceTables<E: Error>(rows: inout TableRows, sink: (PriceTable, [UInt8]) throws(E) -> Void) throws(E) {
        for currency in options.currencies {
            try writePreference(attribute: "currency_code", value: currency.code,
                                isTaxInclusive: currency.isTaxInclusive, rows: &rows, sink: sink)
        }
        for region in options.regions {
            try writePreference(attribute: "region_id", value: region.id,
                                isTaxInclusive: region.isTaxInclusive, rows: &rows, sink: sink)
        }
        for position in groups.ids.indices {
            try rows.row(.customerGroup, to: sink) { row in
                row.key("id")
                row.plainString(groups.ids[position])
                row.key("name")
                row.string(groups.names[position])
                row.key("deleted_at")
                row.null()
            }
        }
        for region in options.regions {
            try rows.row(.region, to: sink) { row in
                row.key("id")
                row.plainString(region.id)
                row.key("name")
                row.string(region.name)
                row.key("currency_code")
                row.plainString(region.currencyCode)
                row.key("deleted_at")
                row.null()
            }
        }
    }

    /// `prpref_<value>`: `prpref_eur`, `prpref_reg_us`.
    private func writePreference<E: Error>(
        attribute: StaticString, value: String, isTaxInclusive: Bool, rows: inout TableRows,
        sink: (PriceTable, [UInt8]) throws(E) -> Void
    ) throws(E) {
        try rows.row(.pricePreference, to: sink) { row in
            row.key("id")
            row.beginString()
            row.raw("prpref_")
            row.raw(plain: value)
            row.endString()
            row.key("attribute")
            row.literalString(attribute)
            row.key("value")
            row.plainString(value)
            row.key("is_tax_inclusive")
            row.bool(isTaxInclusive)
            row.key("deleted_at")
            row.null()
        }
    }
}
