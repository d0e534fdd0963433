/// Computes one candidate's row of ranking keys from what `DocumentScanner` recorded, one or two
/// components per rule, in the order of the index's ranking rules. Smaller is better everywhere.
struct RankingKeys {
    /// One component per rule, two for sort-like rules (group, payload).
    enum Component {
        case words, typo, proximity, attributeRank, wordPosition, exactness
        case sort(field: String, ascending: Bool)
    }

    let components: [Component]
    let width: Int

    init(rules: [RankingRule], sort: [SortCriterion], placeholder: Bool) {
        var components: [Component] = []
        for rule in rules {
            switch rule {
            case .words where !placeholder: components.append(.words)
            case .typo where !placeholder: components.append(.typo)
            case .proximity where !placeholder: components.append(.proximity)
            case .attributeRank where !placeholder: components.append(.attributeRank)
            case .wordPosition where !placeholder: components.append(.wordPosition)
            case .exactness where !placeholder: components.append(.exactness)
            case .sort: components += sort.map { .sort(field: $0.field, ascending: $0.ascending) }
            case .ascending(let field): components.append(.sort(field: field, ascending: true))
            case .descending(let field): components.append(.sort(field: field, ascending: false))
            default: break
            }
        }
        self.components = components
        width = components.reduce(0) { width, component in
            if case .sort = component { return width + 2 }
            return width + 1
        }
    }

    var stringComponents: [CandidateList.StringComponent] {
        var result: [CandidateList.StringComponent] = []
        var offset = 0
        for component in components {
            if case .sort(let field, let ascending) = component {
                result.append(.init(component: offset + 1, field: field, ascending: ascending))
                offset += 2
            } else {
                offset += 1
            }
        }
        return result
    }

    /// Meilisearch's `_rankingScore` in (0, 1] from a hit's keys: each query rule gives a local score
    /// `(max − cost) / max`, and a rule weighs less than the one before it by the number of levels that
    /// one has, so the score orders hits like the rules do. Sort rules do not count; a placeholder scores 1.
    func rankingScore(_ row: ArraySlice<UInt64>, termCount: Int) -> Double {
        var score = 1.0, weight = 1.0
        var offset = row.startIndex
        let terms = UInt64(max(1, termCount))
        for component in components {
            let levels: UInt64
            switch component {
            case .words: levels = terms
            case .typo: levels = 2 * terms + 1
            case .proximity: levels = 4 * (terms - 1) + 1
            case .attributeRank: levels = 16 * terms + 1
            case .wordPosition: levels = 10 * terms + 1
            case .exactness: levels = terms + 3
            case .sort:
                offset += 2
                continue
            }
            let cost = min(row[offset], levels - 1)
            score -= weight * Double(cost) / Double(levels)
            weight /= Double(levels)
            offset += 1
        }
        return max(score, 0.000_001)
    }

    /// Word-position cost buckets of Meilisearch (0, 1, 2–4, 5–7, 8–11, 12–16, 17–24, 25–64, 65–256, 257–1024, more).
    static func positionBucket(_ distance: UInt32) -> UInt64 {
        switch distance {
        case 0: 0
        case 1: 1
        case 2...4: 2
        case 5...7: 3
        case 8...11: 4
        case 12...16: 5
        case 17...24: 6
        case 25...64: 7
        case 65...256: 8
        case 257...1024: 9
        default: 10
        }
    }

    /// Fills `row` for one document. `active` lists the query terms the words bucket requires.
    func fill(_ row: UnsafeMutableBufferPointer<UInt64>, bucket: Int, active: [Int], scanner: DocumentScanner?,
              terms: [QueryTerm], local: UInt32, segment: Segment, byAttribute: Bool) {
        var offset = 0
        let matches = scanner?.matches ?? []
        for component in components {
            switch component {
            case .words:
                row[offset] = UInt64(bucket)
            case .typo:
                row[offset] = active.reduce(0) { $0 + UInt64(matches[$1].bestCost) }
            case .proximity:
                var total: UInt64 = 0
                if active.count > 1 {
                    for pair in 1..<active.count {
                        total += Self.pairCost(matches[active[pair - 1]], matches[active[pair]], byAttribute: byAttribute)
                    }
                }
                row[offset] = total
            case .attributeRank:
                row[offset] = active.reduce(0) { $0 + UInt64(min(matches[$1].bestRank, 1 << 20)) }
            case .wordPosition:
                row[offset] = active.reduce(0) { sum, term in
                    let position = matches[term].bestPosition
                    let expected = UInt32(terms[term].queryPosition)
                    return sum + Self.positionBucket(position > expected ? position - expected : 0)
                }
            case .exactness:
                if scanner?.attributeEqualsQuery == true {
                    row[offset] = 0
                } else if scanner?.attributeStartsWithQuery == true {
                    row[offset] = 1
                } else {
                    let exact = active.reduce(0) { $0 + (matches[$1].exact ? 1 : 0) }
                    row[offset] = 2 + UInt64(terms.count - exact)
                }
            case .sort(let field, let ascending):
                if let column = segment.sortColumns[field] {
                    let key = column.key(local, ascending: ascending)
                    row[offset] = key.group
                    row[offset + 1] = key.payload
                } else {
                    row[offset] = 2
                    row[offset + 1] = 0
                }
                offset += 2
                continue
            }
            offset += 1
        }
    }

    /// Proximity cost of two consecutive terms: 0–3 for distances 1, 2, 3, ≥4 in one attribute (reversed
    /// order counts one more), 4 when they never share an attribute.
    static func pairCost(_ a: TermMatch, _ b: TermMatch, byAttribute: Bool) -> UInt64 {
        var best: UInt64 = 4
        for i in a.fields.indices {
            for j in b.fields.indices where a.fields[i] == b.fields[j] {
                if byAttribute { return 0 }
                let pa = a.positions[i], pb = b.positions[j]
                let distance = pb > pa ? pb - pa : pa - pb + 1
                best = min(best, UInt64(min(distance, 4) - 1))
                if best == 0 { return 0 }
            }
        }
        return best
    }
}
