/// The drawn facts of price list number `index`: type, status, validity window, rules, currencies,
/// discount and which products it prices. Depends only on `(seed, index)` and the options.
///
/// About 70 % of lists are sales and 30 % overrides; 90 % are active. Windows: 35 % open, 10 %
/// started with no end, 30 % running at `referenceTime`, 13 % expired, 12 % in the future.
/// 85 % name one to three customer groups (`customer.groups.id`), 15 % are scoped to a region
/// (`region_id`, prices then in the region's currency); lists with neither apply to everyone.
struct PriceListPlan {
    let index: Int
    let isSale: Bool
    let isActive: Bool
    let startsAt: Int?
    let endsAt: Int?
    /// Indices into the customer groups, most popular first; empty when the list has no group rule.
    let groups: [Int]
    /// Index into `options.regions`, or nil.
    let region: Int?
    /// Indices into `options.currencies`; list price `j` uses `currencies[j % count]`.
    let currencies: [Int]
    /// Percent below the base price (negative: above); sales 5...40, overrides -15...20.
    let percentOff: Int
    /// The list prices products `(firstProduct + j * productStride) % productCount`, `j < priceCount`.
    let firstProduct: Int
    let productStride: Int
    let priceCount: Int

    private static let day = 86_400

    init(index: Int, seed: UInt64, productCount: Int, options: PriceGenerationOptions, draws: PriceDraws) {
        var random = SeededRandom(seed: seed, stream: UInt64(index), salt: 0x9_11_57)
        self.index = index
        isSale = random.chance(percent: 70)
        isActive = random.chance(percent: 90)
        let now = options.referenceTime
        let day = PriceListPlan.day
        switch random.below(100) {
        case 0..<35:
            (startsAt, endsAt) = (nil, nil)
        case 35..<45:
            (startsAt, endsAt) = (now - random.within(1...120) * day, nil)
        case 45..<75:
            (startsAt, endsAt) = (now - random.within(1...60) * day, now + random.within(1...90) * day)
        case 75..<88:
            let end = now - random.within(1...60) * day
            (startsAt, endsAt) = (end - random.within(7...120) * day, end)
        default:
            let start = now + random.within(1...60) * day
            (startsAt, endsAt) = (start, start + random.within(7...90) * day)
        }
        var groups: [Int] = []
        if random.chance(percent: 85) {
            for _ in 0..<random.within(1...3) {
                let group = draws.group.draw(&random)
                if !groups.contains(group) { groups.append(group) }
            }
        }
        self.groups = groups
        if !options.regions.isEmpty && random.chance(percent: 15) {
            let region = random.below(options.regions.count)
            self.region = region
            currencies = [options.currencies.firstIndex { $0.code == options.regions[region].currencyCode } ?? 0]
        } else {
            region = nil
            var currencies = [draws.currency.draw(&random)]
            if options.currencies.count > 1 && random.chance(percent: 40) {
                let second = draws.currency.draw(&random)
                if second != currencies[0] { currencies.append(second) }
            }
            self.currencies = currencies
        }
        percentOff = isSale ? 5 * random.within(1...8) : random.within(-15...20)
        priceCount = min(options.pricesPerList, productCount)
        firstProduct = random.below(productCount)
        productStride = PriceListPlan.coprimeStride(below: productCount, random: &random)
    }

    var rulesCount: Int { (groups.isEmpty ? 0 : 1) + (region == nil ? 0 : 1) }

    func product(_ position: Int, productCount: Int) -> Int {
        (firstProduct + position * productStride) % productCount
    }

    /// A step in `1..<count` sharing no factor with `count` (1 when `count` is 1), so the
    /// positions `j * step % count` of one list never repeat.
    private static func coprimeStride(below count: Int, random: inout SeededRandom) -> Int {
        guard count > 2 else { return 1 }
        for _ in 0..<32 {
            let candidate = 1 + random.below(count - 1)
            if greatestCommonDivisor(candidate, count) == 1 { return candidate }
        }
        return 1
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

/// Zipf tables for the price lists' draws, built once per generator.
struct PriceDraws: Sendable {
    let group: ZipfTable
    let currency: ZipfTable

    init(options: PriceGenerationOptions) {
        group = ZipfTable(count: options.customerGroupCount, exponent: 1.0)
        currency = ZipfTable(count: options.currencies.count, exponent: 1.2)
    }
}
