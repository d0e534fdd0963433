import Pricing
import XCTest

final class VariantHandleTests: XCTestCase {
    func testHandlesAreDenseAndPriceLikeVariantIds() throws {
        let spec = SyntheticPriceBook(priceSetCount: 3_000, priceCount: 30_000, priceListCount: 300, customerGroupCount: 20)
        let book = try PriceBook(rows: spec.rows())
        let ids = (0..<spec.priceSetCount).map(SyntheticPriceBook.variantId)
        let handles = try ids.map { try XCTUnwrap(book.variantHandle(for: $0), $0) }
        XCTAssertEqual(book.variantCount, spec.priceSetCount)
        XCTAssertEqual(Set(handles.map(\.rawValue)), Set((0..<UInt32(spec.priceSetCount))))
        for variant in 0..<4 {
            let context = try spec.customerContext(groups: 3, quantity: variant % 2 == 0 ? nil : 12, variant: UInt64(variant))
            let byHandle = book.resolveBatch(handles: handles, context: context, at: fixedNow)
            XCTAssertEqual(byHandle, book.resolveBatch(variantIds: ids, context: context, at: fixedNow))
            let sample = Array(ids.prefix(200))
            let full = book.resolve(variantIds: sample, context: context, at: fixedNow)
            XCTAssertEqual(full.priceSets.map(\.calculatedAmount), byHandle.prefix(200).compactMap { $0?.calculatedAmount })
            XCTAssertGreaterThan(byHandle.count { $0 != nil }, spec.priceSetCount / 2)
        }
    }

    func testLookupsSeparateSimilarIdsAndRejectUnknownOnes() throws {
        let ids = ["a", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefgH", "väriant_ü", "variant_01J9Z3K4M5N6P7Q8R9S0T1V2W3",
                   String(repeating: "x", count: 100), String(repeating: "x", count: 101)]
        var rows = PriceBookRows()
        for (k, id) in ids.enumerated() {
            rows.variantPriceSets.append(VariantPriceSetRow(variantId: id, priceSetId: "set_\(k)"))
            rows.prices.append(PriceRow(id: "price_\(k)", priceSetId: "set_\(k)", currencyCode: "usd", amount: ExactDecimal(Int64(k + 1))))
        }
        let book = try PriceBook(rows: rows)
        let context = try PricingContext(currencyCode: "usd")
        let prices = book.resolveBatch(variantIds: ids, context: context, at: fixedNow)
        XCTAssertEqual(prices.map { $0?.calculatedAmount }, (1...ids.count).map { ExactDecimal(Int64($0)) })
        for (k, id) in ids.enumerated() {
            XCTAssertEqual(book.variantHandle(for: id), VariantHandle(rawValue: UInt32(k)), id)
            XCTAssertEqual(book.priceSetId(ofVariant: id), "set_\(k)")
        }
        for unknown in ["", "A", "abcd", "abcdefghij", "variant_ü", String(repeating: "x", count: 99), "variant_01J9Z3K4M5N6P7Q8R9S0T1V2W4"] {
            XCTAssertNil(book.variantHandle(for: unknown), unknown)
            XCTAssertNil(book.priceSetId(ofVariant: unknown), unknown)
        }
        XCTAssertEqual(book.resolveBatch(handles: [VariantHandle(rawValue: UInt32(ids.count)), VariantHandle(rawValue: .max)],
                                         context: context, at: fixedNow), [nil, nil])
    }

    func testHandlesStayValidAcrossUpdates() throws {
        let book = try PriceBook(rows: b2bRows())
        let context = try PricingContext(currencyCode: "usd")
        let v1 = try XCTUnwrap(book.variantHandle(for: "v1"))
        let v3 = try XCTUnwrap(book.variantHandle(for: "v3"))
        XCTAssertNil(book.variantHandle(for: "v9"))

        var delta = PriceBookDelta()
        delta.variantPriceSets = [VariantPriceSetRow(variantId: "v1", priceSetId: "s1", isDeleted: true),
                                  VariantPriceSetRow(variantId: "v9", priceSetId: "s2")]
        let next = book.applying(delta)
        XCTAssertEqual(next.variantHandle(for: "v1"), v1)
        XCTAssertEqual(next.variantHandle(for: "v3"), v3)
        let v9 = try XCTUnwrap(next.variantHandle(for: "v9"))
        XCTAssertEqual(Int(v9.rawValue), next.variantCount - 1)

        XCTAssertEqual(book.resolveBatch(handles: [v1, v3], context: context, at: fixedNow).map { $0?.calculatedAmount },
                       [dec("10.00"), dec("5.00")])
        XCTAssertEqual(next.resolveBatch(handles: [v1, v3, v9], context: context, at: fixedNow).map { $0?.calculatedAmount },
                       [nil, dec("5.00"), dec("20.00")])
        XCTAssertEqual(book.resolveBatch(handles: [v9], context: context, at: fixedNow), [nil], "older generation does not know v9")
    }

    func testCartTierHintsAgreeWithTheLadder() throws {
        let book = try PriceBook(rows: b2bRows())
        let contexts = [try PricingContext(currencyCode: "usd"),
                        try PricingContext(currencyCode: "usd", ["customer.groups.id": .strings(["vip"])]),
                        try PricingContext(currencyCode: "usd", ["company_id": .string("acme")])]
        for context in contexts {
            let lines = [1, 5, 9, 10, 30, 49, 50, 80].flatMap { q in
                ["v1", "v2", "v3"].map { CartLine(variantId: $0, quantity: Int64(q)) }
            }
            for line in lines {
                let cart = try book.priceCart(lines: [line], context: context,
                                              options: CartPricingOptions(includeTierHints: true), at: fixedNow)
                let ladder = book.tierLadder(variantId: line.variantId, context: context, at: fixedNow)
                XCTAssertEqual(cart.lines[0].nextTier, ladder?.nextTier(after: line.quantity), "\(line)")
            }
        }
    }
}
