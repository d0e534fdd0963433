/// Receiver of the word scanner's output. The scanner is generic over its sink, so the
/// indexing path (`WordVisitor`) pays nothing for separators and the query path
/// (`TokenCollector`) gets full tokens.
protocol TokenSink {
    /// A word with its folded bytes (valid only during the call), position and source range.
    mutating func word(_ folded: UnsafeBufferPointer<UInt8>, position: Int, sourceRange: Range<Int>)
    /// Separator characters at `sourceRange` (called once per character or per custom token).
    mutating func separator(sourceRange: Range<Int>, kind: SeparatorKind)
}

/// Builds the `Token` array of `TextAnalyzer.tokenize`, merging adjacent separator characters.
struct TokenCollector: TokenSink {
    let text: UnsafeBufferPointer<UInt8>
    var tokens: [Token] = []

    mutating func word(_ folded: UnsafeBufferPointer<UInt8>, position: Int, sourceRange: Range<Int>) {
        tokens.append(Token(kind: .word, normalized: Array(folded), sourceRange: sourceRange, isNumber: Self.isNumber(folded)))
    }

    mutating func separator(sourceRange: Range<Int>, kind: SeparatorKind) {
        let raw = UnsafeBufferPointer(rebasing: text[sourceRange])
        if let last = tokens.indices.last, case .separator(let previous) = tokens[last].kind,
           tokens[last].sourceRange.upperBound == sourceRange.lowerBound {
            tokens[last].kind = .separator(max(previous, kind))
            tokens[last].normalized.append(contentsOf: raw)
            tokens[last].sourceRange = tokens[last].sourceRange.lowerBound..<sourceRange.upperBound
        } else {
            tokens.append(Token(kind: .separator(kind), normalized: Array(raw), sourceRange: sourceRange))
        }
    }

    /// ASCII digits with single `.`/`,` strictly between digits.
    static func isNumber(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = folded.first, let last = folded.last, isDigit(first), isDigit(last) else { return false }
        var previousWasDigit = true
        for byte in folded.dropFirst() {
            if isDigit(byte) {
                previousWasDigit = true
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && previousWasDigit {
                previousWasDigit = false
            } else {
                return false
            }
        }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}

/// Forwards words to the closure of `TextAnalyzer.forEachWord`.
struct WordVisitor: TokenSink {
    let body: (UnsafeBufferPointer<UInt8>, Int, Range<Int>) -> Void

    @inline(__always)
    mutating func word(_ folded: UnsafeBufferPointer<UInt8>, position: Int, sourceRange: Range<Int>) {
        body(folded, position, sourceRange)
    }

    @inline(__always)
    mutating func separator(sourceRange: Range<Int>, kind: SeparatorKind) {}
}
