/// Synonyms folded for lookup: a key of one to three folded words maps to its alternatives, each a
/// word or a phrase. One-way and not transitive, as stored; keys that fold the same are merged.
struct SynonymTable: Sendable {
    private var alternatives: [[[UInt8]]: [[[UInt8]]]] = [:]
    /// The longest key, in words.
    private(set) var maxKeyWords = 0

    init(_ synonyms: [(key: String, values: [String])], analyzer: TextAnalyzer) {
        for entry in synonyms {
            let key = Self.words(entry.key, analyzer)
            guard !key.isEmpty, key.count <= 3 else { continue }
            var values = alternatives[key] ?? []
            for value in entry.values {
                let words = Self.words(value, analyzer)
                if !words.isEmpty && !values.contains(words) && words != key { values.append(words) }
            }
            if !values.isEmpty {
                alternatives[key] = Array(values.prefix(50))
                maxKeyWords = max(maxKeyWords, key.count)
            }
        }
    }

    var isEmpty: Bool { alternatives.isEmpty }

    /// The alternatives of a sequence of folded words (each alternative a list of words; two or more = phrase).
    func alternatives(of words: [[UInt8]]) -> [[[UInt8]]] { alternatives[words] ?? [] }

    private static func words(_ text: String, _ analyzer: TextAnalyzer) -> [[UInt8]] {
        analyzer.tokenize(text).compactMap { token in
            if case .word = token.kind { return token.normalized }
            return nil
        }
    }
}
