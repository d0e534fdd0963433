extension PriceTablesGenerator {
    /// The variant's price set and link, its base prices in every currency (tiered for a seeded
    /// share of variants) and, for another share, one price scoped to a region.
    func writeVariant<E: Error>(
        product: Int, variant: Int, euroCents: Int, rows: inout TableRows, sink: (PriceTable, [UInt8]) throws(E) -> Void
    ) throws(E) {
        try rows.row(.priceSet, to: sink) { row in
            row.key("id")
            row.beginString()
            CatalogIDs.appendVariantScoped("pset_", product: product, variant: variant, to: &row)
            row.endString()
            row.key("deleted_at")
            row.null()
        }
        try rows.row(.productVariantPriceSet, to: sink) { row in
            row.key("variant_id")
            row.beginString()
            CatalogIDs.appendVariantScoped("variant_", product: product, variant: variant, to: &row)
            row.endString()
            row.key("price_set_id")
            row.beginString()
            CatalogIDs.appendVariantScoped("pset_", product: product, variant: variant, to: &row)
            row.endString()
            row.key("id")
            row.beginString()
            CatalogIDs.appendVariantScoped("pvps_", product: product, variant: variant, to: &row)
            row.endString()
            row.key("deleted_at")
            row.null()
        }

        var random = SeededRandom(seed: catalog.seed, stream: UInt64(product), salt: 0x5E7_0000 &+ UInt64(variant))
        let isTiered = random.chance(percent: options.tieredVariantPercent)
        for currency in options.currencies {
            let unitPrice = currency.price(fromEuroCents: euroCents)
            guard isTiered else {
                try rows.row(.price, to: sink) { row in
                    encodePrice(into: &row, id: .base(product: product, variant: variant, currency: currency.code),
                                product: product, variant: variant, currency: currency, minorUnits: unitPrice)
                }
                continue
            }
            for tier in options.quantityTiers {
                let amount = tier.discountPercent == 0 ? unitPrice : currency.price(unitPrice, adjustedByPercent: tier.discountPercent)
                try rows.row(.price, to: sink) { row in
                    encodePrice(into: &row, id: .tier(product: product, variant: variant, currency: currency.code, minQuantity: tier.minQuantity),
                                product: product, variant: variant, currency: currency, minorUnits: amount, tier: tier)
                }
            }
        }

        guard !options.regions.isEmpty, random.chance(percent: options.regionPricePercent) else { return }
        let region = random.below(options.regions.count)
        let currency = options.currencies[regionCurrency[region]]
        let amount = currency.price(currency.price(fromEuroCents: euroCents), adjustedByPercent: random.within(-5...8))
        let regionID = options.regions[region].id
        try rows.row(.price, to: sink) { row in
            encodePrice(into: &row, id: .region(product: product, variant: variant, region: regionID),
                        product: product, variant: variant, currency: currency, minorUnits: amount, rulesCount: 1)
        }
        try rows.row(.priceRule, to: sink) { row in
            row.key("id")
            row.beginString()
            CatalogIDs.appendVariantScoped("prule_", product: product, variant: variant, to: &row)
            row.rawByte(UInt8(ascii: "_"))
            row.raw(plain: regionID)
            row.endString()
            row.key("price_id")
            row.beginString()
            PriceID.region(product: product, variant: variant, region: regionID).append(to: &row)
            row.endString()
            row.key("attribute")
            row.literalString("region_id")
            row.key("value")
            row.plainString(regionID)
            row.key("operator")
            row.literalString("eq")
            row.key("priority")
            row.int(0)
            row.key("deleted_at")
            row.null()
        }
    }

    /// One `price` row: Medusa's columns in a fixed order, the amount exact in both `amount` and
    /// `raw_amount.value`.
    func encodePrice(
        into row: inout RowEncoder, id: PriceID, product: Int, variant: Int, currency: PriceCurrency,
        minorUnits: Int, tier: QuantityTier? = nil, rulesCount: Int = 0, priceList: Int? = nil
    ) {
        row.key("id")
        row.beginString()
        id.append(to: &row)
        row.endString()
        row.key("price_set_id")
        row.beginString()
        CatalogIDs.appendVariantScoped("pset_", product: product, variant: variant, to: &row)
        row.endString()
        row.key("currency_code")
        row.plainString(currency.code)
        row.key("amount")
        row.decimal(minorUnits: minorUnits, exponent: currency.exponent)
        row.key("raw_amount")
        row.openObject()
        row.key("value")
        row.decimalString(minorUnits: minorUnits, exponent: currency.exponent)
        row.key("precision")
        row.int(20)
        row.closeObject()
        row.key("min_quantity")
        if let tier { row.int(tier.minQuantity) } else { row.null() }
        row.key("max_quantity")
        if let maximum = tier?.maxQuantity { row.int(maximum) } else { row.null() }
        row.key("rules_count")
        row.int(rulesCount)
        row.key("price_list_id")
        if let priceList {
            row.beginString()
            PriceID.appendList(priceList, to: &row)
            row.endString()
        } else {
            row.null()
        }
        row.key("deleted_at")
        row.null()
    }
}
