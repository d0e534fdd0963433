import Pricing
import XCTest

final class B2BResolutionTests: XCTestCase {
    func testTierLadderForAContext() throws {
        let book = try PriceBook(rows: b2bRows())
        let ladder = try XCTUnwrap(book.tierLadder(variantId: "v1", context: PricingContext(currencyCode: "usd"), at: fixedNow))
        XCTAssertEqual(ladder.steps.map(\.minQuantity), [1, 10, 50])
        XCTAssertEqual(ladder.steps.map(\.maxQuantity), [9, 49, nil])
        XCTAssertEqual(ladder.steps.map(\.price.calculatedAmount), [dec("10.00"), dec("8.50"), dec("7.00")])
        XCTAssertEqual(ladder.nextTier(after: 10)?.minQuantity, 50)
        XCTAssertNil(ladder.nextTier(after: 60))
        // The ladder agrees with the resolver at every quantity.
        for q in Int64(1)...60 {
            let resolved = book.resolve(variantIds: ["v1"], context: try PricingContext(currencyCode: "usd", quantity: q), at: fixedNow)
            XCTAssertEqual(resolved.priceSets.first?.calculated.id, ladder.step(for: q)?.price.calculated.id, "q=\(q)")
        }
    }

    func testExplicitPriorityBeatsSpecificityAndAmount() throws {
        var rows = b2bRows()
        rows.priceLists.append(PriceListRow(id: "promo", type: .override))
        rows.prices.append(PriceRow(id: "s1_promo", priceSetId: "s1", currencyCode: "usd", amount: dec("9.90"), priceListId: "promo"))
        let context = try PricingContext(currencyCode: "usd", ["company_id": .string("acme")])
        // Medusa order: acme has one list rule, promo none → acme (9.50) wins.
        let medusa = try PriceBook(rows: rows)
        XCTAssertEqual(medusa.resolve(variantIds: ["v1"], context: context, at: fixedNow).priceSets[0].calculated.id, "s1_acme")
        let ranked = try PriceBook(rows: rows, configuration: PricingConfiguration(priceLists: ["promo": PriceListSettings(priority: 10)]))
        XCTAssertEqual(ranked.resolve(variantIds: ["v1"], context: context, at: fixedNow).priceSets[0].calculated.id, "s1_promo")
        let explanation = try XCTUnwrap(ranked.explain(priceSetId: "s1", context: context, at: fixedNow))
        let acme = try XCTUnwrap(explanation.candidates.first { $0.priceId == "s1_acme" })
        XCTAssertEqual(acme.outcome, .outranked(winner: "s1_promo", reason: .priority))
    }

    func testCustomerAndCompanySpecificPricesThroughPriceRules() throws {
        var rows = b2bRows()
        rows.prices.append(PriceRow(id: "s3_cust", priceSetId: "s3", currencyCode: "usd", amount: dec("4.10")))
        rows.priceRules.append(PriceRuleRow(priceId: "s3_cust", attribute: "customer_id", value: "cus_1"))
        let book = try PriceBook(rows: rows)
        let mine = book.resolve(variantIds: ["v3"], context: try PricingContext(currencyCode: "usd", ["customer_id": .string("cus_1")]), at: fixedNow)
        XCTAssertEqual(mine.priceSets[0].calculatedAmount, dec("4.10"))
        let other = book.resolve(variantIds: ["v3"], context: try PricingContext(currencyCode: "usd", ["customer_id": .string("cus_2")]), at: fixedNow)
        XCTAssertEqual(other.priceSets[0].calculatedAmount, dec("5.00"))
    }

    func testExplainGivesAReasonForEveryCandidate() throws {
        var rows = b2bRows()
        rows.priceLists.append(PriceListRow(id: "old", type: .sale, endsAt: PricingInstant(iso8601: "2025-01-01T00:00:00Z")))
        rows.prices.append(PriceRow(id: "s1_old", priceSetId: "s1", currencyCode: "usd", amount: dec("1.00"), priceListId: "old"))
        rows.prices.append(PriceRow(id: "s1_eur", priceSetId: "s1", currencyCode: "eur", amount: dec("1.00")))
        let book = try PriceBook(rows: rows)
        let context = try PricingContext(currencyCode: "usd", ["customer.groups.id": .strings(["vip"])])
        let e = try XCTUnwrap(book.explain(priceSetId: "s1", context: context, at: fixedNow))
        let outcomes = Dictionary(uniqueKeysWithValues: e.candidates.map { ($0.priceId, $0.outcome) })
        XCTAssertEqual(outcomes["s1_vip"], .calculated(alsoOriginal: false))
        XCTAssertEqual(outcomes["s1_t1"], .original)
        XCTAssertEqual(outcomes["s1_t2"], .rejected(.quantityWindow(quantity: nil)))
        XCTAssertEqual(outcomes["s1_acme"], .rejected(.listRuleAttributeMissing(attribute: "company_id")))
        XCTAssertEqual(outcomes["s1_old"], .rejected(.listExpired(endsAt: PricingInstant(iso8601: "2025-01-01T00:00:00Z")!)))
        XCTAssertEqual(outcomes["s1_eur"], .rejected(.currency(priceCurrency: "eur")))
        XCTAssertEqual(e.candidates.count, 7)
        XCTAssertEqual(e.result?.calculated.id, "s1_vip")
    }

    func testSaleAboveBaseIsExplained() throws {
        var rows = b2bRows()
        rows.priceLists.append(PriceListRow(id: "bad", type: .sale))
        rows.prices.append(PriceRow(id: "s3_bad", priceSetId: "s3", currencyCode: "usd", amount: dec("6"), priceListId: "bad"))
        let book = try PriceBook(rows: rows)
        let e = try XCTUnwrap(book.explain(priceSetId: "s3", context: PricingContext(currencyCode: "usd"), at: fixedNow))
        XCTAssertEqual(e.candidates.first { $0.priceId == "s3_bad" }?.outcome, .saleNotCheaper(basePriceId: "s3_p"))
        XCTAssertEqual(e.result?.isCalculatedPricePriceList, false)
    }

    func testUnknownIdsAreListedAsMissing() throws {
        let book = try PriceBook(rows: b2bRows())
        let r = book.resolve(priceSetIds: ["s1", "nope", "s3"], context: try PricingContext(currencyCode: "eur"), at: fixedNow)
        XCTAssertEqual(r.missingIds, ["nope"])
        XCTAssertEqual(r.unpricedIds, ["s1", "s3"])
        let batch = book.resolveBatch(variantIds: ["v1", "ghost"], context: try PricingContext(currencyCode: "usd"), at: fixedNow)
        XCTAssertEqual(batch[0]?.calculatedAmount, dec("10.00"))
        XCTAssertNil(batch[1])
    }

    func testUpdateReplacesOnePriceSetAndKeepsTheOldGeneration() throws {
        let book = try PriceBook(rows: b2bRows())
        var delta = PriceBookDelta()
        delta.priceSets = [PriceSetReplacement(priceSetId: "s3", prices: [
            PriceRow(id: "s3_new", priceSetId: "s3", currencyCode: "usd", amount: dec("4.00")),
        ])]
        delta.priceSets.append(PriceSetReplacement(priceSetId: "s9", prices: [
            PriceRow(id: "s9_p", priceSetId: "s9", currencyCode: "usd", amount: dec("1.00")),
        ]))
        delta.variantPriceSets = [VariantPriceSetRow(variantId: "v9", priceSetId: "s9")]
        let next = book.applying(delta)
        let usd = try PricingContext(currencyCode: "usd")
        XCTAssertEqual(next.generation, book.generation + 1)
        XCTAssertEqual(next.resolve(variantIds: ["v3", "v9", "v1"], context: usd, at: fixedNow).priceSets.map(\.calculated.id),
                       ["s3_new", "s9_p", "s1_t1"])
        XCTAssertEqual(book.resolve(variantIds: ["v3", "v9"], context: usd, at: fixedNow).priceSets.map(\.calculated.id), ["s3_p"])
        var removal = PriceBookDelta()
        removal.removedPriceSetIds = ["s3"]
        XCTAssertEqual(next.applying(removal).resolve(priceSetIds: ["s3"], context: usd, at: fixedNow).missingIds, ["s3"])
    }

    func testListUpdateChangesEligibility() throws {
        let book = try PriceBook(rows: b2bRows())
        var delta = PriceBookDelta()
        delta.priceLists = [PriceListRow(id: "vip", status: .draft, type: .sale)]
        delta.priceListRules = [PriceListRuleRow(priceListId: "vip", attribute: "customer.groups.id", values: [.string("vip")])]
        let context = try PricingContext(currencyCode: "usd", ["customer.groups.id": .strings(["vip"])])
        XCTAssertEqual(book.resolve(variantIds: ["v1"], context: context, at: fixedNow).priceSets[0].calculated.id, "s1_vip")
        XCTAssertEqual(book.applying(delta).resolve(variantIds: ["v1"], context: context, at: fixedNow).priceSets[0].calculated.id, "s1_t1")
    }
}
