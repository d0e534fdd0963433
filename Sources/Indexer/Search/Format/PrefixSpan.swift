/// Maps a prefix match back to the original text: the query matched the first N Unicode scalars of a
/// word's *folded* form, and only the original characters that fold to them are highlighted
/// (`Red <em>Jack</em>et` for `q=jack`, `<em>Ær</em>ø` for `q=aer`).
enum PrefixSpan {
    /// The number of original UTF-8 bytes at the start of `word` (a byte range of `text`) that fold to the
    /// first `foldedScalars` scalars of `folded`, or nil when no character boundary folds to exactly that
    /// prefix (`ß` → `ss` cut after one `s`): the caller then highlights the whole word.
    static func originalLength(of text: String, word: Range<Int>, folded: [UInt8], foldedScalars: Int) -> Int? {
        let utf8 = text.utf8
        guard let lower = utf8.index(utf8.startIndex, offsetBy: word.lowerBound, limitedBy: utf8.endIndex),
              let upper = utf8.index(lower, offsetBy: word.count, limitedBy: utf8.endIndex) else { return nil }
        let original = text[lower..<upper]
        if original.utf8.allSatisfy({ $0 < 0x80 }) { return min(foldedScalars, word.count) }

        // Characters are folded one by one (folding never joins two grapheme clusters), so the cost is
        // linear; the folded prefix is checked against the word's folding all the same.
        var prefix: [UInt8] = []
        var scalars = 0
        var end = original.startIndex
        while end < original.endIndex, scalars < foldedScalars {
            let next = original.index(after: end)
            let piece = TextNormalizer.searchFoldBytes(String(original[end..<next]))
            prefix.append(contentsOf: piece)
            scalars += piece.count { $0 & 0xC0 != 0x80 }
            end = next
        }
        guard scalars == foldedScalars, folded.starts(with: prefix) else { return nil }
        return original.utf8.distance(from: original.startIndex, to: end)
    }
}
