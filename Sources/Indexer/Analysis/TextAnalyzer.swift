/// Splits and folds text the same way for documents and queries. Thread-safe: a value with
/// no shared mutable state (ICU's per-thread break iterators live in the CICU shim).
///
/// Segmentation (see `CharacterClass` and `WordScanner` for the details):
/// - words are runs of letters and digits, lowercased and folded by `TextNormalizer.searchFold`;
///   camelCase is not split (`DeLonghi` → `delonghi`);
/// - runs with non-ASCII letters are split by ICU's UAX #29 word breaker with dictionaries,
///   so CJK and Thai text yields several words;
/// - every other character separates words: space, `-`, `_`, `'` and `’` (so `don't` →
///   `don`, `t`; `T-Shirt` → `t`, `shirt`), `/`, symbols and **emoji (emoji are never words;
///   they are soft separators)**; `. , ; : ! ?`, line breaks and their CJK/other-script
///   counterparts are hard separators;
/// - `.` and `,` between two digits stay inside the word: `3.5`, `1,000`, `v1.2`.
/// `settings` then overrides these rules for its dictionary, separator and non-separator strings.
public struct TextAnalyzer: Sendable {
    public let settings: AnalyzerSettings
    private let customTokens: CustomTokenMatcher?
    /// Sends pure-ASCII words through ICU as well (slower); only for tests proving the ASCII
    /// fast path gives the same tokens.
    let segmentsASCIIWithICU: Bool

    public init(settings: AnalyzerSettings = .init()) {
        self.init(settings: settings, segmentsASCIIWithICU: false)
    }

    init(settings: AnalyzerSettings, segmentsASCIIWithICU: Bool) {
        self.settings = settings
        self.customTokens = CustomTokenMatcher(settings)
        self.segmentsASCIIWithICU = segmentsASCIIWithICU
    }

    /// Words and separators in text order; their source ranges tile the text (see `Token`).
    public func tokenize(_ text: String) -> [Token] {
        withUTF8(of: text) { bytes in
            var scanner = WordScanner(text: bytes, sink: TokenCollector(text: bytes), startPosition: 0,
                                      segmentsASCIIWithICU: segmentsASCIIWithICU)
            _ = scanner.run(customMatches: customTokens?.matches(in: bytes) ?? [])
            return scanner.sink.tokens
        }
    }

    /// Fast path for indexing: calls `body` for each word with its folded bytes (valid only
    /// during the call), its position and its UTF-8 source range.
    ///
    /// Positions: the first word is at `startPosition`; each next word is 1 further after
    /// soft separators (or none), 8 further when a hard separator came in between. Leading and
    /// trailing separators move nothing.
    /// - Returns: the position after the last word, i.e. last word's position + 1, or
    ///   `startPosition` when the text has no word. To put the next array element 8 positions
    ///   after this one's last word, pass `returned + 7` as its `startPosition`.
    @discardableResult
    public func forEachWord(
        in text: String,
        startPosition: Int = 0,
        _ body: (UnsafeBufferPointer<UInt8>, _ position: Int, _ sourceRange: Range<Int>) -> Void
    ) -> Int {
        withoutActuallyEscaping(body) { body in
            withUTF8(of: text) { bytes in
                var scanner = WordScanner(text: bytes, sink: WordVisitor(body: body), startPosition: startPosition,
                                          segmentsASCIIWithICU: segmentsASCIIWithICU)
                return scanner.run(customMatches: customTokens?.matches(in: bytes) ?? [])
            }
        }
    }

    private func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
