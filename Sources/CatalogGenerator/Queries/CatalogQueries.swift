public import LoupeJSON

/// Makes a seeded set of queries from the titles of a generated catalogue: the relevance tests, the
/// benchmarks and the load test all use it, so their figures speak of the same queries.
public struct CatalogQueries: Sendable {
    public let generator: CatalogGenerator
    public let productCount: Int
    public let seed: UInt64

    public init(generator: CatalogGenerator, productCount: Int, seed: UInt64 = 7) {
        self.generator = generator
        self.productCount = productCount
        self.seed = seed
    }

    /// `perKind` queries of each requested kind (fewer when a kind cannot be made from the products drawn).
    public func make(perKind: Int, kinds: [CatalogQuery.Kind] = CatalogQuery.Kind.allCases) throws(CatalogGenerationError) -> [CatalogQuery] {
        var queries: [CatalogQuery] = []
        for (kindIndex, kind) in kinds.enumerated() {
            var random = SeededRandom(seed: seed, stream: UInt64(kindIndex), salt: 0x5155_4552)
            var made = 0, attempts = 0
            while made < perKind && attempts < perKind * 50 {
                attempts += 1
                let index = random.below(productCount)
                let product = try generator.product(at: index)
                guard let title = product["title"]?.stringValue, let id = product["id"]?.stringValue,
                      let text = Self.query(kind, title: title, random: &random, synonyms: generator.synonymGroups) else { continue }
                queries.append(CatalogQuery(kind: kind, text: text, targetID: id))
                made += 1
            }
        }
        return queries
    }

    static func query(_ kind: CatalogQuery.Kind, title: String, random: inout SeededRandom, synonyms: [[String]]) -> String? {
        let words = title.split(separator: " ").map(String.init)
        switch kind {
        case .exact:
            return title
        case .prefix:
            guard words.count >= 3 else { return nil }
            let count = random.within(2...min(4, words.count))
            var prefix = Array(words.prefix(count))
            let last = prefix[count - 1]
            guard last.count >= 4 else { return nil }
            prefix[count - 1] = String(last.prefix(random.within(3...(last.count - 1))))
            return prefix.joined(separator: " ")
        case .typo1, .typo2:
            let edits = kind == .typo1 ? 1 : 2
            let minimum = kind == .typo1 ? 5 : 9
            let candidates = words.indices.filter { words[$0].count >= minimum && words[$0].allSatisfy(\.isLetter) }
            guard !candidates.isEmpty else { return nil }
            let position = candidates[random.below(candidates.count)]
            let original = Array(words[position].lowercased())
            for _ in 0..<20 {
                var word = original
                for _ in 0..<edits { word = Self.edit(word, random: &random) }
                // Typo budgets count the letters of the word as typed, so it must stay long enough.
                if word.count >= minimum, EditDistance.damerau(word, original) == edits {
                    var typed = words
                    typed[position] = String(word)
                    return typed.joined(separator: " ")
                }
            }
            return nil
        case .multi:
            guard words.count >= 3 else { return nil }
            // Brand names may be several words; the product line sits right after them and the noun at the end.
            let noun = words.last(where: { $0.count > 2 && $0.allSatisfy(\.isLetter) }) ?? words[words.count - 1]
            let line = words[random.below(words.count - 1)]
            guard line != noun else { return nil }
            return "\(line) \(noun)"
        case .synonym:
            let lower = title.lowercased()
            for group in synonyms {
                for word in group where !word.contains(" ") && lower.split(separator: " ").contains(Substring(word)) {
                    let others = group.filter { $0 != word && !$0.contains(" ") }
                    guard !others.isEmpty else { continue }
                    let replacement = others[random.below(others.count)]
                    return words.map { $0.lowercased() == word ? replacement : $0 }.joined(separator: " ")
                }
            }
            return nil
        }
    }

    /// One random edit that keeps the first letter: insert, delete, substitute or transpose.
    static func edit(_ word: [Character], random: inout SeededRandom) -> [Character] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var word = word
        guard word.count > 2 else { return word }
        switch random.below(4) {
        case 0:
            word.insert(letters[random.below(letters.count)], at: random.within(1...word.count))
        case 1:
            word.remove(at: random.within(1...(word.count - 1)))
        case 2:
            let at = random.within(1...(word.count - 1))
            var replacement = letters[random.below(letters.count)]
            while replacement == word[at] { replacement = letters[random.below(letters.count)] }
            word[at] = replacement
        default:
            let at = random.within(1...(word.count - 2))
            word.swapAt(at, at + 1)
        }
        return word
    }
}

/// Damerau–Levenshtein (optimal string alignment) distance, for checking generated typos.
enum EditDistance {
    static func damerau(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var rows = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = Swift.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    rows[i][j] = Swift.min(rows[i][j], rows[i - 2][j - 2] + 1)
                }
            }
        }
        return rows[a.count][b.count]
    }
}
