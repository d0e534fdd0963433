/// Chooses the words a cropped string keeps: `length` words around the best cluster of matches.
///
/// The best cluster is the run of matches fitting in `length` words with the most distinct query terms
/// (query stop words only break ties), then the smallest gaps between its matches, then the most pairs in
/// query order, then the earliest. The window then grows one word at a time, left first, but never leftwards
/// across a hard separator while the right side is open (Meilisearch's rule, so sentences stay whole).
/// Without a match the first `length` words are kept; a single match longer than `length` is cut at its
/// start. `length` 0 keeps nothing.
enum CropWindow {
    /// Word indices to keep (empty when `length` is 0 or the text has no word).
    static func words(of text: MatchedText, length: Int) -> Range<Int> {
        let count = text.words.count
        guard length > 0, count > 0 else { return 0..<0 }
        guard count > length else { return 0..<count }
        var first = 0
        var last = 0
        if let cluster = bestCluster(text.matches, length: length) {
            first = text.matches[cluster.lowerBound].firstWord
            last = max(text.matches[cluster.upperBound - 1].lastWord, first)
            last = min(last, first + length - 1)
        }
        var remaining = length - (last - first + 1)
        while remaining > 0 {
            let canGrowLeft = first > 0
            let canGrowRight = last < count - 1
            if !canGrowLeft && !canGrowRight { break }
            let leftHard = canGrowLeft && text.words[first].hardGapBefore
            let rightHard = canGrowRight && text.words[last + 1].hardGapBefore
            if !canGrowLeft || (leftHard && canGrowRight && !rightHard) {
                last += 1
                remaining -= 1
            } else {
                first -= 1
                remaining -= 1
                if remaining > 0 && canGrowRight && !(rightHard && !leftHard) {
                    last += 1
                    remaining -= 1
                }
            }
        }
        return first..<last + 1
    }

    /// The range of `matches` forming the best cluster that fits in `length` words, or nil without match.
    /// One sliding pass: each start extends the end as far as the window allows (a lone match always fits).
    private static func bestCluster(_ matches: [MatchedText.Match], length: Int) -> Range<Int>? {
        guard !matches.isEmpty else { return nil }
        var best: (range: Range<Int>, score: Score)? = nil
        var termCounts: [Int: Int] = [:]
        var current = Score(terms: 0, stopWords: 0, gaps: 0, inOrder: 0)
        var end = 0
        for start in matches.indices {
            while end < matches.count, end == start || matches[end].lastWord - matches[start].firstWord < length {
                current.add(matches[end].term, counts: &termCounts, by: 1)
                if end > start {
                    current.gaps += matches[end].firstWord - matches[end - 1].lastWord - 1
                    if matches[end].term > matches[end - 1].term { current.inOrder += 1 }
                }
                end += 1
            }
            if best.map({ current > $0.score }) ?? true { best = (start..<end, current) }
            current.add(matches[start].term, counts: &termCounts, by: -1)
            if start + 1 < end {
                current.gaps -= matches[start + 1].firstWord - matches[start].lastWord - 1
                if matches[start + 1].term > matches[start].term { current.inOrder -= 1 }
            }
        }
        return best?.range
    }

    private struct Score: Comparable {
        var terms: Int
        var stopWords: Int
        var gaps: Int
        var inOrder: Int

        /// Adds (`by: 1`) or removes (`by: -1`) one match of `term`, counting the distinct terms present.
        mutating func add(_ term: Int, counts: inout [Int: Int], by step: Int) {
            let before = counts[term, default: 0]
            counts[term] = before + step
            let change = before == 0 ? 1 : before + step == 0 ? -1 : 0
            if term >= 0 { terms += change } else { stopWords += change }
        }

        static func < (a: Score, b: Score) -> Bool {
            (a.terms, a.stopWords, -a.gaps, a.inOrder) < (b.terms, b.stopWords, -b.gaps, b.inOrder)
        }
    }
}
