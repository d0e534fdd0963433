/// One step of the bucket sort that orders search results.
///
/// The built-in rules follow Meilisearch v1.36+; `attribute` (the legacy name) is accepted on input and
/// expands to `attributeRank` followed by `wordPosition`. `ascending`/`descending` are custom rules that
/// always sort by a document field.
public enum RankingRule: Sendable, Hashable {
    case words, typo, proximity, attributeRank, sort, wordPosition, exactness
    case ascending(String)
    case descending(String)

    /// The default order: `words, typo, proximity, attributeRank, sort, wordPosition, exactness`.
    public static let defaults: [RankingRule] = [.words, .typo, .proximity, .attributeRank, .sort, .wordPosition, .exactness]

    /// Parses a rule name; `attribute` yields two rules.
    public static func parse(_ text: String) -> [RankingRule]? {
        switch text {
        case "words": return [.words]
        case "typo": return [.typo]
        case "proximity": return [.proximity]
        case "attributeRank": return [.attributeRank]
        case "attribute": return [.attributeRank, .wordPosition]
        case "sort": return [.sort]
        case "wordPosition": return [.wordPosition]
        case "exactness": return [.exactness]
        default:
            guard let colon = text.lastIndex(of: ":") else { return nil }
            let field = String(text[..<colon])
            guard !field.isEmpty, !field.contains(" ") else { return nil }
            switch text[text.index(after: colon)...] {
            case "asc": return [.ascending(field)]
            case "desc": return [.descending(field)]
            default: return nil
            }
        }
    }

    public var name: String {
        switch self {
        case .words: "words"
        case .typo: "typo"
        case .proximity: "proximity"
        case .attributeRank: "attributeRank"
        case .sort: "sort"
        case .wordPosition: "wordPosition"
        case .exactness: "exactness"
        case .ascending(let field): "\(field):asc"
        case .descending(let field): "\(field):desc"
        }
    }

    /// True for the rules that look at the query words (skipped by placeholder searches).
    var dependsOnQuery: Bool {
        switch self {
        case .words, .typo, .proximity, .attributeRank, .wordPosition, .exactness: true
        case .sort, .ascending, .descending: false
        }
    }
}
