import Pricing
import XCTest

/// The resolver against a brute-force reference written plainly from medusa-pricing.md §2
/// (filter every price, sort by the rules, pick), on random books and contexts.
final class ResolverPropertyTests: XCTestCase {
    struct World {
        var rows = PriceBookRows()
        var configuration = PricingConfiguration()
    }

    private static let attributes = ["region_id", "customer.groups.id", "company_id", "total", "channel"]
    private static let textValues = ["a", "b", "c", "300", "350"]

    private func randomWorld(_ rng: inout SplitMix64) -> World {
        var world = World()
        let listCount = Int(rng.next() % 6)
        for l in 0..<listCount {
            let id = "pl\(l)"
            let statusRoll = rng.next() % 6
            let window = rng.next() % 4
            world.rows.priceLists.append(PriceListRow(
                id: id, status: statusRoll == 0 ? .draft : .active, type: rng.next() % 2 == 0 ? .sale : .override,
                startsAt: window == 1 ? PricingInstant(millisecondsSinceEpoch: 2_000) : nil,
                endsAt: window == 2 ? PricingInstant(millisecondsSinceEpoch: 500) : nil,
                rulesCount: rng.next() % 10 == 0 ? nil : 0, isDeleted: rng.next() % 10 == 0))
            for attribute in Self.attributes.shuffled(using: &rng).prefix(Int(rng.next() % 3)) {
                let values = Self.textValues.shuffled(using: &rng).prefix(1 + Int(rng.next() % 2)).map(PriceListRuleValue.string)
                world.rows.priceListRules.append(PriceListRuleRow(priceListId: id, attribute: attribute, values: Array(values)))
            }
            if rng.next() % 2 == 0 { world.configuration.priceLists[id] = PriceListSettings(priority: Int32(rng.next() % 3)) }
        }
        for s in 0..<3 { world.rows.priceSets.append(PriceSetRow(id: "ps\(s)")) }
        let priceCount = Int(rng.next() % 14)
        for p in 0..<priceCount {
            let id = "p\(p)"
            let lo = rng.next() % 3 == 0 ? nil : ExactDecimal(Int64(rng.next() % 6))
            let hi = rng.next() % 3 == 0 ? nil : ExactDecimal(Int64(rng.next() % 12))
            world.rows.prices.append(PriceRow(
                id: id, priceSetId: "ps\(rng.next() % 3)", currencyCode: ["usd", "eur", "USD"][Int(rng.next() % 3)],
                amount: ExactDecimal(significand: Int128(rng.next() % 5 * 50), scale: Int(rng.next() % 3))!,
                minQuantity: lo, maxQuantity: hi,
                priceListId: listCount > 0 && rng.next() % 2 == 0 ? "pl\(rng.next() % UInt64(listCount))" : nil,
                isDeleted: rng.next() % 15 == 0))
            for _ in 0..<Int(rng.next() % 3) {
                world.rows.priceRules.append(PriceRuleRow(
                    priceId: id, attribute: Self.attributes[Int(rng.next() % 5)],
                    value: Self.textValues[Int(rng.next() % 5)],
                    operator: PriceRuleOperator.allCases[Int(rng.next() % 5)]))
            }
        }
        return world
    }

    private func randomContext(_ rng: inout SplitMix64) throws -> PricingContext {
        var attributes: [ContextAttribute] = []
        for attribute in Self.attributes where rng.next() % 2 == 0 {
            let value: ContextValue
            switch rng.next() % 3 {
            case 0: value = .number(ExactDecimal(Int64(250 + rng.next() % 4 * 50)))
            case 1: value = .strings(Array(Self.textValues.shuffled(using: &rng).prefix(1 + Int(rng.next() % 3))))
            default: value = .string(Self.textValues[Int(rng.next() % 5)])
            }
            attributes.append(ContextAttribute(key: attribute, value: value))
        }
        let quantity: Int64? = rng.next() % 3 == 0 ? nil : Int64(rng.next() % 12)
        return try PricingContext(currencyCode: rng.next() % 4 == 0 ? "eur" : "usd", quantity: quantity, attributes: attributes)
    }

    // MARK: brute-force reference (§2.3–2.7 with Loupe's priority and id tie-break)

    private struct Candidate {
        var price: PriceRow
        var list: PriceListRow?
        var specificity: Int
        var priority: Int32
    }

    private func ruleMatches(_ rule: PriceRuleRow, _ context: PricingContext) -> Bool {
        guard let value = context.value(of: rule.attribute) else { return false }
        if case let .scalar(.number(x)) = value, rule.operator != .eq {
            guard let bound = ExactDecimal(parsing: rule.value) else { return false }
            switch rule.operator {
            case .gt: return x > bound
            case .gte: return x >= bound
            case .lt: return x < bound
            case .lte: return x <= bound
            case .eq: return x == bound
            }
        }
        let texts: [String]
        switch value {
        case let .scalar(s): texts = [Self.text(s)]
        case let .list(items): texts = items.map(Self.text)
        }
        return texts.contains(rule.value)
    }

    private static func text(_ s: ContextScalar) -> String {
        switch s {
        case let .string(v): return v
        case let .number(n): return n.normalized.description
        case let .bool(b): return b ? "true" : "false"
        }
    }

    private func listApplies(_ list: PriceListRow, _ rules: [PriceListRuleRow], _ context: PricingContext, now: Int64) -> Bool {
        guard list.status == .active, !list.isDeleted, list.rulesCount != nil else { return false }
        if let s = list.startsAt, s.millisecondsSinceEpoch > now { return false }
        if let e = list.endsAt, e.millisecondsSinceEpoch < now { return false }
        for rule in rules {
            guard let value = context.value(of: rule.attribute) else { return false }
            let strings: [String] = {
                switch value {
                case let .scalar(.string(s)): return [s]
                case let .list(items): return items.compactMap { if case let .string(s) = $0 { return s } else { return nil } }
                default: return []
                }
            }()
            let allowed = rule.values.compactMap { if case let .string(s) = $0 { return s } else { return nil } }
            if !strings.contains(where: allowed.contains) { return false }
        }
        return true
    }

    private func reference(_ world: World, setId: String, _ context: PricingContext, now: Int64)
        -> (calculated: PriceRow, original: PriceRow?)? {
        var candidates: [Candidate] = []
        for price in world.rows.prices where !price.isDeleted && price.priceSetId == setId
            && price.currencyCode.lowercased() == context.currencyCode {
            if let q = context.quantity {
                if let lo = price.minQuantity, lo > ExactDecimal(q) { continue }
                if let hi = price.maxQuantity, hi < ExactDecimal(q) { continue }
            } else if let lo = price.minQuantity, lo > ExactDecimal(1) { continue }
            let rules = world.rows.priceRules.filter { $0.priceId == price.id }
            guard rules.allSatisfy({ ruleMatches($0, context) }) else { continue }
            var list: PriceListRow?
            var listRuleCount = 0
            if let listId = price.priceListId {
                guard let row = world.rows.priceLists.first(where: { $0.id == listId }) else { continue }
                let listRules = world.rows.priceListRules.filter { $0.priceListId == listId }
                guard listApplies(row, listRules, context, now: now) else { continue }
                list = row
                listRuleCount = Set(listRules.map(\.attribute)).count
            }
            candidates.append(Candidate(price: price, list: list, specificity: rules.count + listRuleCount,
                                        priority: list.map { world.configuration.priceLists[$0.id]?.priority ?? 0 } ?? 0))
        }
        candidates.sort { a, b in
            if (a.list != nil) != (b.list != nil) { return a.list != nil }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.specificity != b.specificity { return a.specificity > b.specificity }
            if a.price.amount != b.price.amount { return a.price.amount < b.price.amount }
            return a.price.id.utf8.lexicographicallyPrecedes(b.price.id.utf8)
        }
        let listPrice = candidates.first { $0.list != nil }
        let base = candidates.first { $0.list == nil }
        let override = candidates.first { $0.list != nil && $0.list?.type != .sale }
        guard listPrice != nil || base != nil else { return nil }
        var calculated = base
        var original = override ?? base
        if let listPrice {
            if listPrice.list?.type == .override {
                calculated = listPrice
                original = listPrice
            } else if base == nil || listPrice.price.amount <= base!.price.amount {
                calculated = listPrice
            }
        }
        return (calculated!.price, original?.price)
    }

    func testResolverAgreesWithBruteForceReference() throws {
        var rng = SplitMix64(seed: 2024)
        var compared = 0, priced = 0, listWins = 0
        for _ in 0..<400 {
            let world = randomWorld(&rng)
            let book = try PriceBook(rows: world.rows, configuration: world.configuration)
            for _ in 0..<8 {
                let context = try randomContext(&rng)
                let now = PricingInstant(millisecondsSinceEpoch: 1_000)
                let resolution = book.resolve(priceSetIds: ["ps0", "ps1", "ps2"], context: context, at: now)
                for setId in ["ps0", "ps1", "ps2"] {
                    let actual = resolution.priceSets.first { $0.id == setId }
                    let expected = reference(world, setId: setId, context, now: now.millisecondsSinceEpoch)
                    compared += 1
                    XCTAssertEqual(actual?.calculated.id, expected?.calculated.id, "calculated for \(setId) in \(context)")
                    XCTAssertEqual(actual?.calculatedAmount, expected?.calculated.amount)
                    XCTAssertEqual(actual?.original?.id, expected?.original?.id, "original for \(setId) in \(context)")
                    if actual != nil { priced += 1 }
                    if actual?.isCalculatedPricePriceList == true { listWins += 1 }
                }
            }
        }
        // The random worlds must exercise both outcomes, or the comparison proves little.
        XCTAssertGreaterThan(priced, compared / 10)
        XCTAssertGreaterThan(listWins, 50)
    }
}
