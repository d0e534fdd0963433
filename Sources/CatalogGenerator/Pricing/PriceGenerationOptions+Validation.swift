extension PriceGenerationOptions {
    /// Checks every field; the first problem is thrown, naming the field.
    public func validate() throws(CatalogGenerationError) {
        func fail(_ field: String, _ reason: String) -> CatalogGenerationError {
            .invalidPriceOption(field: field, reason: reason)
        }
        guard !currencies.isEmpty else { throw fail("currencies", "at least one currency is needed") }
        var codes = Set<String>()
        for (position, currency) in currencies.enumerated() {
            let field = "currencies[\(position)]"
            guard currency.code.count == 3, currency.code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                throw fail(field, "code '\(currency.code)' must be three lower-case letters")
            }
            guard codes.insert(currency.code).inserted else { throw fail(field, "code '\(currency.code)' is repeated") }
            guard (0...4).contains(currency.exponent) else { throw fail(field, "exponent must be in 0...4") }
            guard (1...10_000_000).contains(currency.perEuroThousandths) else {
                throw fail(field, "perEuroThousandths must be in 1...10000000")
            }
        }
        var regionIDs = Set<String>()
        for (position, region) in regions.enumerated() {
            let field = "regions[\(position)]"
            guard region.id.hasPrefix("reg_"), region.id.count > 4,
                  region.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw fail(field, "id '\(region.id)' must be 'reg_' followed by letters, digits or '_'")
            }
            guard regionIDs.insert(region.id).inserted else { throw fail(field, "id '\(region.id)' is repeated") }
            guard codes.contains(region.currencyCode) else {
                throw fail(field, "currency '\(region.currencyCode)' is not one of the generated currencies")
            }
        }
        guard (0...100).contains(tieredVariantPercent) else { throw fail("tieredVariantPercent", "must be in 0...100") }
        guard (0...100).contains(regionPricePercent) else { throw fail("regionPricePercent", "must be in 0...100") }
        if regionPricePercent > 0 && regions.isEmpty {
            throw fail("regions", "region prices are requested (regionPricePercent > 0) but no region is given")
        }
        try validateTiers()
        guard (1...PriceGenerationOptions.maximumCustomerGroups).contains(customerGroupCount) else {
            throw fail("customerGroupCount", "must be in 1...\(PriceGenerationOptions.maximumCustomerGroups)")
        }
        guard (0...PriceGenerationOptions.maximumPriceLists).contains(priceListCount) else {
            throw fail("priceListCount", "must be in 0...\(PriceGenerationOptions.maximumPriceLists)")
        }
        guard (1...PriceGenerationOptions.maximumPricesPerList).contains(pricesPerList) else {
            throw fail("pricesPerList", "must be in 1...\(PriceGenerationOptions.maximumPricesPerList)")
        }
        guard (0...4_102_444_800).contains(referenceTime) else {
            throw fail("referenceTime", "must be a Unix time between 1970 and 2100")
        }
    }

    private func validateTiers() throws(CatalogGenerationError) {
        guard let first = quantityTiers.first else {
            throw .invalidPriceOption(field: "quantityTiers", reason: "at least one tier is needed")
        }
        guard first.minQuantity == 1 else {
            throw .invalidPriceOption(field: "quantityTiers[0]", reason: "the first tier must start at quantity 1")
        }
        var expectedMinimum = 1
        for (position, tier) in quantityTiers.enumerated() {
            let field = "quantityTiers[\(position)]"
            guard tier.minQuantity == expectedMinimum else {
                throw .invalidPriceOption(field: field, reason: "must start at \(expectedMinimum), right after the previous tier")
            }
            guard (0..<100).contains(tier.discountPercent) else {
                throw .invalidPriceOption(field: field, reason: "discountPercent must be in 0...99")
            }
            if let maximum = tier.maxQuantity {
                guard maximum >= tier.minQuantity, maximum <= 1_000_000_000 else {
                    throw .invalidPriceOption(field: field, reason: "maxQuantity must be in minQuantity...1000000000")
                }
                expectedMinimum = maximum + 1
            } else if position != quantityTiers.count - 1 {
                throw .invalidPriceOption(field: field, reason: "only the last tier may have no maxQuantity")
            }
        }
    }
}
