/// The invented brands of one seed: `brandsPerDomain` brands per domain, each with its own
/// product lines, all fixed by the seed whatever the catalog size.
///
/// Brand names are two or three syllables plus a trade suffix ("Velindor Optical"); a brand's
/// lines mix ordinary words ("Harbour") with invented ones ("Kelivo"). Brands and lines are
/// ranked for Zipf draws, so a few brands and lines dominate, as in a real shop.
struct BrandBook: Sendable {
    struct Brand: Sendable {
        let name: [UInt8]
        /// Three upper-case letters that open the brand's SKUs.
        let skuPrefix: [UInt8]
        let lines: [[UInt8]]
    }

    static let brandsPerDomain = 48
    static let linesPerBrand = 32
    private static let commonLinesPerBrand = 12

    /// `brands[domain.rawValue]`, most popular first.
    let brands: [[Brand]]

    init(seed: UInt64) {
        var random = SeededRandom(seed: seed, stream: 0, salt: 0xB7A2D)
        var seen = Set<String>()
        brands = Domain.allCases.map { domain in
            var list: [Brand] = []
            while list.count < BrandBook.brandsPerDomain {
                let stem = BrandBook.inventedWord(syllables: 2 + random.below(2), random: &random)
                guard seen.insert(stem).inserted else { continue }
                let suffix = domain.brandSuffixes[random.below(domain.brandSuffixes.count)]
                let lines = BrandBook.lines(random: &random).map(JSONText.escaped)
                let prefix = String(stem.uppercased().prefix(3))
                list.append(Brand(name: JSONText.escaped(stem + suffix), skuPrefix: Array(prefix.utf8), lines: lines))
            }
            return list
        }
    }

    /// Ordinary and invented line names in a seeded order.
    private static func lines(random: inout SeededRandom) -> [String] {
        var pool = Vocabulary.lineWords
        var names: [String] = []
        for _ in 0..<commonLinesPerBrand {
            names.append(pool.remove(at: random.below(pool.count)))
        }
        while names.count < linesPerBrand {
            let word = inventedWord(syllables: 2 + random.below(2), random: &random)
            if !names.contains(word) { names.append(word) }
        }
        names.shuffle(using: &random)
        return names
    }

    /// A capitalised word of `syllables` syllables.
    private static func inventedWord(syllables: Int, random: inout SeededRandom) -> String {
        var word = ""
        for _ in 0..<syllables {
            word += Vocabulary.syllables[random.below(Vocabulary.syllables.count)]
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
