import CatalogGenerator
import LoupeJSON
import XCTest

final class PriceTablesTests: XCTestCase {
    private var tables: [PriceTable: [JSONObject]] { Fixtures.priceTables }
    private let options = PriceGenerationOptions()

    /// Medusa's columns (reference §1) plus the soft-delete column, in the generator's order.
    func testEveryTableHasMedusasColumns() {
        let columns: [PriceTable: [String]] = [
            .priceSet: ["id", "deleted_at"],
            .price: ["id", "price_set_id", "currency_code", "amount", "raw_amount", "min_quantity", "max_quantity",
                     "rules_count", "price_list_id", "deleted_at"],
            .priceRule: ["id", "price_id", "attribute", "value", "operator", "priority", "deleted_at"],
            .priceList: ["id", "title", "description", "status", "type", "starts_at", "ends_at", "rules_count", "deleted_at"],
            .priceListRule: ["id", "price_list_id", "attribute", "value", "deleted_at"],
            .pricePreference: ["id", "attribute", "value", "is_tax_inclusive", "deleted_at"],
            .productVariantPriceSet: ["variant_id", "price_set_id", "id", "deleted_at"],
            .customerGroup: ["id", "name", "deleted_at"],
            .region: ["id", "name", "currency_code", "deleted_at"],
        ]
        for table in PriceTable.allCases {
            let rows = tables[table] ?? []
            XCTAssertFalse(rows.isEmpty, "\(table) is empty")
            for row in rows { XCTAssertEqual(row.keys, columns[table], "\(table)") }
            XCTAssertEqual(Set(rows.map { $0.string(table == .productVariantPriceSet ? "price_set_id" : "id") }).count,
                           rows.count, "\(table) ids are unique")
        }
    }

    func testEveryVariantIsLinkedToItsPriceSet() throws {
        var variantIDs: [String] = []
        for product in try Fixtures.generator.productsNDJSON(range: 0..<Fixtures.priceProductCount)
            .split(separator: UInt8(ascii: "\n")) {
            let object = try XCTUnwrap(JSONParser.parse(Array(product)).objectValue)
            variantIDs += object["variants"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        }
        let links = tables[.productVariantPriceSet] ?? []
        XCTAssertEqual(links.map { $0.string("variant_id") }, variantIDs)
        XCTAssertEqual(Set(links.map { $0.string("price_set_id") }), Set((tables[.priceSet] ?? []).map { $0.string("id") }))
        XCTAssertEqual(links.first?.string("price_set_id"), CatalogGenerator.priceSetID(productIndex: 0, number: 1))
    }

    func testPriceRowsReferenceExistingSetsListsAndPrices() {
        let sets = Set((tables[.priceSet] ?? []).map { $0.string("id") })
        let lists = Set((tables[.priceList] ?? []).map { $0.string("id") })
        let prices = tables[.price] ?? []
        for price in prices {
            XCTAssertTrue(sets.contains(price.string("price_set_id")), price.string("id"))
            if let list = price["price_list_id"]?.stringValue { XCTAssertTrue(lists.contains(list), list) }
        }
        let priceIDs = Set(prices.map { $0.string("id") })
        var rulesPerPrice: [String: Int] = [:]
        for rule in tables[.priceRule] ?? [] {
            XCTAssertTrue(priceIDs.contains(rule.string("price_id")))
            rulesPerPrice[rule.string("price_id"), default: 0] += 1
        }
        for price in prices {
            XCTAssertEqual(price.int("rules_count"), rulesPerPrice[price.string("id")] ?? 0, price.string("id"))
        }
        var rulesPerList: [String: Int] = [:]
        for rule in tables[.priceListRule] ?? [] {
            XCTAssertTrue(lists.contains(rule.string("price_list_id")))
            rulesPerList[rule.string("price_list_id"), default: 0] += 1
        }
        for list in tables[.priceList] ?? [] {
            XCTAssertEqual(list.int("rules_count"), rulesPerList[list.string("id")] ?? 0)
        }
    }

    func testEveryVariantHasABasePriceInEachCurrency() {
        let codes = Set(options.currencies.map(\.code))
        XCTAssertEqual(codes, ["eur", "usd", "gbp", "jpy", "kwd"])
        var baseCurrencies: [String: Set<String>] = [:]
        for price in tables[.price] ?? [] where price["price_list_id"]?.isNull == true && price.int("rules_count") == 0 {
            // What a request without a quantity sees: min_quantity null or <= 1.
            if (price.optionalInt("min_quantity") ?? 1) <= 1 {
                baseCurrencies[price.string("price_set_id"), default: []].insert(price.string("currency_code"))
            }
        }
        for set in tables[.priceSet] ?? [] {
            XCTAssertEqual(baseCurrencies[set.string("id")], codes, set.string("id"))
        }
    }

    func testAmountsAreExactDecimalsInTheCurrencysMinorUnits() {
        let exponents = Dictionary(uniqueKeysWithValues: options.currencies.map { ($0.code, $0.exponent) })
        var seenFractions: Set<String> = []
        for price in tables[.price] ?? [] {
            let raw = price["raw_amount"]?.objectValue
            let value = raw?.string("value") ?? ""
            XCTAssertEqual(raw?.int("precision"), 20)
            XCTAssertEqual(price["amount"]?.numberValue?.literal, value, "amount and raw_amount carry the same decimal")
            let parts = value.split(separator: ".", omittingEmptySubsequences: false)
            XCTAssertTrue((1...2).contains(parts.count), value)
            XCTAssertTrue(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }, value)
            XCTAssertFalse(parts[0].count > 1 && parts[0].hasPrefix("0"), value)
            if parts.count == 2 {
                XCTAssertLessThanOrEqual(parts[1].count, exponents[price.string("currency_code")] ?? -1, value)
                XCTAssertFalse(parts[1].hasSuffix("0"), "trailing zeros are trimmed: \(value)")
                seenFractions.insert(price.string("currency_code"))
            }
            XCTAssertNotEqual(value, "0")
        }
        XCTAssertTrue(seenFractions.isSuperset(of: ["eur", "usd", "gbp", "kwd"]))
        XCTAssertFalse(seenFractions.contains("jpy"))
    }

    func testQuantityTiersDoNotOverlap() {
        var windows: [String: [(Int, Int?)]] = [:]
        for price in tables[.price] ?? [] {
            let key = [price.string("price_set_id"), price.string("currency_code"),
                       price["price_list_id"]?.stringValue ?? "-", String(price.int("rules_count"))].joined(separator: "|")
            windows[key, default: []].append((price.optionalInt("min_quantity") ?? 0, price.optionalInt("max_quantity")))
        }
        var tiered = 0
        for (key, list) in windows where list.count > 1 {
            tiered += 1
            let sorted = list.sorted { $0.0 < $1.0 }
            XCTAssertEqual(sorted.first?.0, 1, key)
            for (lower, upper) in zip(sorted, sorted.dropFirst()) {
                XCTAssertEqual(lower.1.map { $0 + 1 }, upper.0, "\(key): \(lower) then \(upper)")
            }
            XCTAssertNil(sorted.last?.1, key)
        }
        XCTAssertGreaterThan(tiered, 100, "a share of variants is tiered")
    }

    func testHigherTiersAreCheaperThanLowerOnes() {
        func minor(_ price: JSONObject) -> Int {
            let value = price["raw_amount"]?.objectValue?.string("value") ?? ""
            let exponent = options.currencies.first { $0.code == price.string("currency_code") }?.exponent ?? 0
            let parts = value.split(separator: ".").map(String.init)
            let fraction = parts.count == 2 ? parts[1] : ""
            let digits = (parts.first ?? "") + fraction + String(repeating: "0", count: exponent - fraction.count)
            guard let minorUnits = Int(digits) else {
                XCTFail("\(value) is not a decimal")
                return 0
            }
            return minorUnits
        }
        var tiers: [String: [(minQuantity: Int, amount: Int)]] = [:]
        for price in tables[.price] ?? [] where price["price_list_id"]?.isNull == true {
            guard let minQuantity = price.optionalInt("min_quantity") else { continue }
            tiers[price.string("price_set_id") + "/" + price.string("currency_code"), default: []]
                .append((minQuantity, minor(price)))
        }
        XCTAssertGreaterThan(tiers.count, 100)
        for (key, list) in tiers {
            let amounts = list.sorted { $0.minQuantity < $1.minQuantity }.map(\.amount)
            XCTAssertEqual(amounts, amounts.sorted(by: >), key)
            XCTAssertEqual(Set(amounts).count, amounts.count, "\(key): each tier is strictly cheaper: \(amounts)")
        }
    }

    func testPriceListsMixTypesStatusesWindowsAndGroupRules() {
        let lists = tables[.priceList] ?? []
        XCTAssertEqual(lists.count, options.priceListCount)
        XCTAssertEqual(Set(lists.map { $0.string("type") }), ["sale", "override"])
        XCTAssertEqual(Set(lists.map { $0.string("status") }), ["active", "draft"])
        let now = "2025-06-15T12:00:00Z"
        var kinds: Set<String> = []
        for list in lists {
            let starts = list["starts_at"]?.stringValue
            let ends = list["ends_at"]?.stringValue
            for time in [starts, ends].compactMap({ $0 }) {
                XCTAssertEqual(time.count, 20, time)
                XCTAssertTrue(time.hasSuffix("Z") && time.contains("T"), time)
            }
            if let starts, let ends { XCTAssertLessThan(starts, ends) }
            switch (starts, ends) {
            case (nil, nil): kinds.insert("open")
            case (_, let end?) where end < now: kinds.insert("expired")
            case (let start?, _) where start > now: kinds.insert("future")
            default: kinds.insert("running")
            }
        }
        XCTAssertEqual(kinds, ["open", "expired", "future", "running"])
        let groups = Set((tables[.customerGroup] ?? []).map { $0.string("id") })
        XCTAssertEqual(groups.count, options.customerGroupCount)
        XCTAssertTrue(groups.isSuperset(of: ["cusgroup_wholesale", "cusgroup_vip"]))
        let regions = Set((tables[.region] ?? []).map { $0.string("id") })
        var attributes: Set<String> = []
        for rule in tables[.priceListRule] ?? [] {
            let values = rule["value"]?.arrayValue?.compactMap(\.stringValue) ?? []
            XCTAssertFalse(values.isEmpty)
            attributes.insert(rule.string("attribute"))
            let known = rule.string("attribute") == "customer.groups.id" ? groups : regions
            XCTAssertTrue(values.allSatisfy(known.contains), "\(values)")
        }
        XCTAssertTrue(attributes.contains("customer.groups.id"))
    }

    func testListPricesCoverDistinctProductsPerList() {
        var products: [String: Set<String>] = [:]
        var count: [String: Int] = [:]
        for price in tables[.price] ?? [] {
            guard let list = price["price_list_id"]?.stringValue else { continue }
            let set = price.string("price_set_id")
            products[list, default: []].insert(String(set.split(separator: "_")[1]))
            count[list, default: 0] += 1
        }
        XCTAssertEqual(count.count, options.priceListCount)
        for (list, total) in count {
            XCTAssertEqual(total, min(options.pricesPerList, Fixtures.priceProductCount), list)
            XCTAssertEqual(products[list]?.count, total, "\(list) prices each product once")
        }
    }

    func testPreferencesCoverCurrenciesAndRegions() {
        let preferences = tables[.pricePreference] ?? []
        let byValue = Dictionary(uniqueKeysWithValues: preferences.map { ($0.string("value"), $0) })
        XCTAssertEqual(byValue["eur"]?.string("attribute"), "currency_code")
        XCTAssertEqual(byValue["eur"]?["is_tax_inclusive"]?.boolValue, true)
        XCTAssertEqual(byValue["usd"]?["is_tax_inclusive"]?.boolValue, false)
        XCTAssertEqual(byValue["reg_us"]?.string("attribute"), "region_id")
        XCTAssertEqual(preferences.count, options.currencies.count + options.regions.count)
    }

    func testRegionPricesUseTheRegionsCurrency() {
        let regionCurrency = Dictionary(uniqueKeysWithValues: (tables[.region] ?? []).map { ($0.string("id"), $0.string("currency_code")) })
        let prices = Dictionary(uniqueKeysWithValues: (tables[.price] ?? []).map { ($0.string("id"), $0) })
        let rules = tables[.priceRule] ?? []
        XCTAssertGreaterThan(rules.count, 50)
        for rule in rules {
            XCTAssertEqual(rule.string("attribute"), "region_id")
            XCTAssertEqual(rule.string("operator"), "eq")
            XCTAssertEqual(prices[rule.string("price_id")]?.string("currency_code"), regionCurrency[rule.string("value")])
        }
    }

    func testWriteReportsRowCountsAndChunksEndWithWholeRows() throws {
        let generator = try PriceTablesGenerator(catalog: Fixtures.generator, productCount: 50)
        var chunks: [PriceTable: [[UInt8]]] = [:]
        let counts = generator.write(flushThreshold: 4_096) { (table: PriceTable, chunk: [UInt8]) throws(Never) in
            chunks[table, default: []].append(chunk)
        }
        XCTAssertGreaterThan(chunks[.price]?.count ?? 0, 5, "small threshold gives several chunks")
        for table in PriceTable.allCases {
            let tableChunks = chunks[table] ?? []
            XCTAssertTrue(tableChunks.allSatisfy { $0.last == UInt8(ascii: "\n") })
            let rows = tableChunks.reduce(0) { $0 + $1.filter { $0 == UInt8(ascii: "\n") }.count }
            XCTAssertEqual(rows, counts[table], "\(table)")
        }
        XCTAssertEqual(generator.tables()[.price], chunks[.price]?.flatMap { $0 }, "chunking does not change the bytes")
    }

    func testPriceTablesAreDeterministicAndPrefixStable() throws {
        let first = try PriceTablesGenerator(catalog: CatalogGenerator(seed: 3), productCount: 80).tables()
        let again = try PriceTablesGenerator(catalog: CatalogGenerator(seed: 3), productCount: 80).tables()
        XCTAssertEqual(first, again)
        let other = try PriceTablesGenerator(catalog: CatalogGenerator(seed: 4), productCount: 80).tables()
        XCTAssertNotEqual(first[.price], other[.price])
    }
}
