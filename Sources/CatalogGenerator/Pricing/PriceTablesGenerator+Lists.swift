extension PriceTablesGenerator {
    /// A price list row, its rules (one row per attribute) and its prices.
    func writeList<E: Error>(
        _ plan: PriceListPlan, draft: inout ProductDraft, rows: inout TableRows,
        sink: (PriceTable, [UInt8]) throws(E) -> Void
    ) throws(E) {
        try rows.row(.priceList, to: sink) { row in
            row.key("id")
            row.beginString()
            PriceID.appendList(plan.index, to: &row)
            row.endString()
            row.key("title")
            row.string(listTitle(plan))
            row.key("description")
            row.string(plan.percentOff >= 0
                ? "\(plan.percentOff)% below base prices" : "\(-plan.percentOff)% above base prices")
            row.key("status")
            row.literalString(plan.isActive ? "active" : "draft")
            row.key("type")
            row.literalString(plan.isSale ? "sale" : "override")
            row.key("starts_at")
            encodeTime(plan.startsAt, into: &row)
            row.key("ends_at")
            encodeTime(plan.endsAt, into: &row)
            row.key("rules_count")
            row.int(plan.rulesCount)
            row.key("deleted_at")
            row.null()
        }
        if !plan.groups.isEmpty {
            try writeListRule(plan, name: "groups", attribute: "customer.groups.id",
                              values: plan.groups.map { groups.ids[$0] }, rows: &rows, sink: sink)
        }
        if let region = plan.region {
            try writeListRule(plan, name: "region", attribute: "region_id",
                              values: [options.regions[region].id], rows: &rows, sink: sink)
        }
        for position in 0..<plan.priceCount {
            let product = plan.product(position, productCount: productCount)
            draft.draw(index: product, tables: catalog.tables, seed: catalog.seed)
            var random = SeededRandom(seed: catalog.seed, stream: UInt64(plan.index), salt: 0x7157_0000 &+ UInt64(position))
            let variant = random.below(draft.variantCount)
            let currency = options.currencies[plan.currencies[position % plan.currencies.count]]
            let amount = currency.price(currency.price(fromEuroCents: draft.variantPriceCents[variant]),
                                        adjustedByPercent: plan.percentOff)
            try rows.row(.price, to: sink) { row in
                encodePrice(into: &row, id: .list(list: plan.index, product: product, variant: variant + 1),
                            product: product, variant: variant + 1, currency: currency, minorUnits: amount,
                            priceList: plan.index)
            }
        }
    }

    private func writeListRule<E: Error>(
        _ plan: PriceListPlan, name: StaticString, attribute: StaticString, values: [String],
        rows: inout TableRows, sink: (PriceTable, [UInt8]) throws(E) -> Void
    ) throws(E) {
        try rows.row(.priceListRule, to: sink) { row in
            row.key("id")
            row.beginString()
            row.raw("plrule_")
            row.rawInt(plan.index, width: PriceID.listDigits)
            row.rawByte(UInt8(ascii: "_"))
            row.raw(name)
            row.endString()
            row.key("price_list_id")
            row.beginString()
            PriceID.appendList(plan.index, to: &row)
            row.endString()
            row.key("attribute")
            row.literalString(attribute)
            row.key("value")
            row.openArray()
            for value in values { row.plainString(value) }
            row.closeArray()
            row.key("deleted_at")
            row.null()
        }
    }

    /// "VIP & Staff sale 42", "Europe override 7", "Everyone sale 3".
    private func listTitle(_ plan: PriceListPlan) -> String {
        var audience = plan.groups.map { groups.names[$0] }.joined(separator: " & ")
        if let region = plan.region {
            audience += (audience.isEmpty ? "" : " in ") + options.regions[region].name
        }
        return "\(audience.isEmpty ? "Everyone" : audience) \(plan.isSale ? "sale" : "override") \(plan.index + 1)"
    }

    private func encodeTime(_ unixSeconds: Int?, into row: inout RowEncoder) {
        guard let unixSeconds else { return row.null() }
        row.beginString()
        ISOTimestamp.append(unixSeconds, to: &row)
        row.endString()
    }
}
