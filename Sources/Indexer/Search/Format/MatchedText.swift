/// One string of a hit cut into words, with the places where the query matches it.
///
/// Byte ranges are UTF-8 offsets into the original string. Matches come in text order and never overlap:
/// a phrase match covers several words, a prefix match only the matched beginning of its word.
struct MatchedText: Sendable {
    struct Word: Sendable, Equatable {
        /// The word's bytes in the original string.
        var bytes: Range<Int>
        /// Whether a hard separator (`.`, `,`, line break…) stands between this word and the previous one.
        var hardGapBefore: Bool
    }

    struct Match: Sendable, Equatable {
        /// Index of the first matched word in `words`.
        var firstWord: Int
        /// Index of the last matched word (the same as `firstWord` unless a phrase matched).
        var lastWord: Int
        /// The bytes to highlight: the words themselves, or only a prefix match's matched beginning.
        var bytes: Range<Int>
        /// Which query term matched: the matcher's term index, or a negative key for a query stop word.
        var term: Int

        var isStopWord: Bool { term < 0 }
    }

    let text: String
    let words: [Word]
    let matches: [Match]
}
