/// The single pass behind `TextAnalyzer`: cuts UTF-8 text into words and separators, folds
/// the words and assigns positions, reporting everything to a `TokenSink`.
///
/// Characters are first classed one by one (`CharacterClass`) into word runs and separators.
/// A pure-ASCII word run is one word, lowercased by hand (no copy when already lowercase);
/// a run with any non-ASCII character goes to ICU's word break iterator, which splits CJK,
/// Thai, Lao, Khmer and Myanmar with its dictionaries and script changes (`iPhone用` →
/// `iphone`, `用`), and each piece is folded by ICU. `segmentsASCIIWithICU` sends ASCII runs
/// down the ICU path too; tests use it to prove both paths agree.
///
/// Positions: the first word gets `startPosition`; each later word is 8 on when a hard
/// separator came since the previous word, else 1 on (soft separators, or none at all between
/// two dictionary-segmented words). A word that folds to nothing (only default-ignorable
/// characters) is reported as a soft separator instead.
struct WordScanner<Sink: TokenSink> {
    private let text: UnsafeBufferPointer<UInt8>
    private(set) var sink: Sink
    private let startPosition: Int
    private let segmentsASCIIWithICU: Bool

    private var position: Int
    private var hasWord = false
    private var pendingGap: SeparatorKind?

    /// Start of the word run being read, or -1 between runs.
    private var runStart = -1
    private var runIsASCII = true
    private var runHasUppercase = false
    private var previousWasDigit = false
    /// Non-separator tokens inside the current run: ICU boundaries at their edges are ignored.
    private var gluedRanges: [Range<Int>] = []

    private var foldBuffer: [UInt8] = []
    private var boundaryBuffer: [Int32] = []

    init(text: UnsafeBufferPointer<UInt8>, sink: Sink, startPosition: Int, segmentsASCIIWithICU: Bool) {
        self.text = text
        self.sink = sink
        self.startPosition = startPosition
        self.segmentsASCIIWithICU = segmentsASCIIWithICU
        self.position = startPosition
    }

    /// Scans the whole text; returns the position after the last word (`startPosition` when
    /// the text has no word).
    mutating func run(customMatches: [CustomTokenMatcher.Match]) -> Int {
        var index = 0
        var nextMatch = 0
        while index < text.count {
            if nextMatch < customMatches.count, customMatches[nextMatch].range.lowerBound == index {
                apply(customMatches[nextMatch])
                index = customMatches[nextMatch].range.upperBound
                nextMatch += 1
                continue
            }
            let byte = text[index]
            if byte < 0x80 {
                scanASCII(byte, at: index)
                index += 1
            } else {
                index = scanNonASCII(at: index)
            }
        }
        endRun(at: text.count)
        return hasWord ? position + 1 : startPosition
    }

    // MARK: - Character classes

    @inline(__always)
    private mutating func scanASCII(_ byte: UInt8, at index: Int) {
        switch CharacterClass.ofASCII(byte) {
        case .letter:
            if runStart < 0 { runStart = index }
            if byte < UInt8(ascii: "a") { runHasUppercase = true }
            previousWasDigit = false
        case .digit:
            if runStart < 0 { runStart = index }
            previousWasDigit = true
        case .numberJoiner:
            if previousWasDigit && isDigit(at: index + 1) {
                previousWasDigit = false
            } else {
                endRun(at: index)
                separator(index..<index + 1, .hard)
            }
        case .hardSeparator:
            endRun(at: index)
            separator(index..<index + 1, .hard)
        case .softSeparator, .extending:
            endRun(at: index)
            separator(index..<index + 1, .soft)
        }
    }

    /// Classes the multi-byte scalar at `index`; returns the index after it.
    private mutating func scanNonASCII(at index: Int) -> Int {
        let (scalar, end) = decodeScalar(at: index)
        switch scalar.map(CharacterClass.of) ?? .softSeparator {
        case .letter, .digit:
            if runStart < 0 { runStart = index }
            runIsASCII = false
            previousWasDigit = scalar?.properties.generalCategory == .decimalNumber
        case .extending where runStart >= 0:
            runIsASCII = false
        case .hardSeparator:
            endRun(at: index)
            separator(index..<end, .hard)
        case .softSeparator, .numberJoiner, .extending:
            endRun(at: index)
            separator(index..<end, .soft)
        }
        return end
    }

    private func isDigit(at index: Int) -> Bool {
        guard index < text.count else { return false }
        let byte = text[index]
        if byte < 0x80 { return byte &- UInt8(ascii: "0") < 10 }
        return decodeScalar(at: index).scalar?.properties.generalCategory == .decimalNumber
    }

    /// Decodes the UTF-8 sequence starting at `index` (Swift strings hold valid UTF-8; a
    /// truncated sequence at the end decodes to some scalar without reading past the buffer).
    private func decodeScalar(at index: Int) -> (scalar: Unicode.Scalar?, end: Int) {
        let lead = text[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let end = min(index + length, text.count)
        var value = UInt32(lead & (0x7F >> length))
        for continuation in index + 1..<end { value = value << 6 | UInt32(text[continuation] & 0x3F) }
        return (Unicode.Scalar(value), end)
    }

    private mutating func apply(_ match: CustomTokenMatcher.Match) {
        switch match.effect {
        case .dictionaryWord:
            endRun(at: match.range.lowerBound)
            if isASCII(match.range) && !segmentsASCIIWithICU {
                emitLowercasedASCII(match.range, hasUppercase: true)
            } else {
                emitICUFolded(match.range)
            }
        case .separator(let kind):
            endRun(at: match.range.lowerBound)
            separator(match.range, kind)
        case .wordCharacters:
            if runStart < 0 { runStart = match.range.lowerBound }
            gluedRanges.append(match.range)
            runIsASCII = runIsASCII && isASCII(match.range)
            runHasUppercase = true
            previousWasDigit = false
        }
    }

    private func isASCII(_ range: Range<Int>) -> Bool {
        text[range].allSatisfy { $0 < 0x80 }
    }

    // MARK: - Words

    private mutating func endRun(at end: Int) {
        guard runStart >= 0 else { return }
        let range = runStart..<end
        if runIsASCII && !segmentsASCIIWithICU {
            emitLowercasedASCII(range, hasUppercase: runHasUppercase)
        } else {
            emitSegmented(range)
        }
        runStart = -1
        runIsASCII = true
        runHasUppercase = false
        previousWasDigit = false
        if !gluedRanges.isEmpty { gluedRanges.removeAll(keepingCapacity: true) }
    }

    private mutating func emitLowercasedASCII(_ range: Range<Int>, hasUppercase: Bool) {
        let source = UnsafeBufferPointer(rebasing: text[range])
        guard hasUppercase else {
            word(source, range)
            return
        }
        var buffer: [UInt8] = []
        swap(&buffer, &foldBuffer)
        if buffer.count < source.count { buffer = [UInt8](repeating: 0, count: max(source.count, 64)) }
        buffer.withUnsafeMutableBufferPointer { lowered in
            for offset in 0..<source.count {
                let byte = source[offset]
                lowered[offset] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            }
            word(UnsafeBufferPointer(rebasing: lowered[0..<source.count]), range)
        }
        swap(&buffer, &foldBuffer)
    }

    /// Splits a run at ICU word boundaries (except at the edges of non-separator tokens).
    private mutating func emitSegmented(_ range: Range<Int>) {
        var boundaries: [Int32] = []
        swap(&boundaries, &boundaryBuffer)
        let count = ICU.wordBoundaries(of: UnsafeBufferPointer(rebasing: text[range]), into: &boundaries)
        var segmentStart = range.lowerBound
        for index in 1..<max(count, 1) {
            let boundary = range.lowerBound + Int(boundaries[index])
            guard boundary > segmentStart, boundary <= range.upperBound else { continue }
            if boundary < range.upperBound && gluedRanges.contains(where: { $0.lowerBound <= boundary && boundary <= $0.upperBound }) {
                continue
            }
            emitICUFolded(segmentStart..<boundary)
            segmentStart = boundary
        }
        if segmentStart < range.upperBound { emitICUFolded(segmentStart..<range.upperBound) }
        swap(&boundaries, &boundaryBuffer)
    }

    private mutating func emitICUFolded(_ range: Range<Int>) {
        var buffer: [UInt8] = []
        swap(&buffer, &foldBuffer)
        let length = ICU.searchFold(UnsafeBufferPointer(rebasing: text[range]), into: &buffer)
        if length == 0 {
            separator(range, .soft)
        } else {
            buffer.withUnsafeBufferPointer { word(UnsafeBufferPointer(rebasing: $0[0..<length]), range) }
        }
        swap(&buffer, &foldBuffer)
    }

    // MARK: - Positions

    private mutating func word(_ folded: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if hasWord {
            position += pendingGap?.positionGap ?? 1
        } else {
            hasWord = true
        }
        pendingGap = nil
        sink.word(folded, position: position, sourceRange: range)
    }

    private mutating func separator(_ range: Range<Int>, _ kind: SeparatorKind) {
        pendingGap = max(pendingGap ?? kind, kind)
        sink.separator(sourceRange: range, kind: kind)
    }
}
