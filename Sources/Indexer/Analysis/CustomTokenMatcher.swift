/// Finds where the strings of `AnalyzerSettings` (dictionary, separator and non-separator
/// tokens) occur in a text, so the word scanner can override its default character classes
/// there. See `AnalyzerSettings` for the matching rules.
struct CustomTokenMatcher: Sendable {
    /// What a match does to the text it covers.
    enum Effect: Sendable, Equatable {
        /// The whole match is one word.
        case dictionaryWord
        /// The whole match is a separator of this kind.
        case separator(SeparatorKind)
        /// The match is part of the word around it.
        case wordCharacters
    }

    struct Match: Sendable, Equatable {
        var range: Range<Int>
        var effect: Effect
    }

    private struct Entry: Sendable {
        /// ASCII-lowercased UTF-8 of the setting string.
        var bytes: [UInt8]
        var effect: Effect
        /// For dictionary entries: the match must not start / end inside a word.
        var needsBoundaryBefore: Bool
        var needsBoundaryAfter: Bool
    }

    /// Entries by priority (dictionary, separators, non-separators), longest first within each.
    private let entries: [Entry]
    /// Whether some entry starts with this (lowercased) byte.
    private let startsEntry: [Bool]

    /// Nil when the settings do not change segmentation.
    init?(_ settings: AnalyzerSettings) {
        func entries(_ strings: [String], _ effect: (String) -> Effect, boundaries: Bool) -> [Entry] {
            strings.filter { !$0.isEmpty }.map { string in
                Entry(
                    bytes: string.utf8.map(Self.asciiLowercased),
                    effect: effect(string),
                    needsBoundaryBefore: boundaries && Self.isWordByte(string.utf8.first!),
                    needsBoundaryAfter: boundaries && Self.isWordByte(string.utf8.last!)
                )
            }.sorted { $0.bytes.count > $1.bytes.count }
        }
        let all = entries(settings.dictionary, { _ in .dictionaryWord }, boundaries: true)
            + entries(settings.separatorTokens, { .separator(Self.separatorKind(of: $0)) }, boundaries: false)
            + entries(settings.nonSeparatorTokens, { _ in .wordCharacters }, boundaries: false)
        guard !all.isEmpty else { return nil }
        var startsEntry = [Bool](repeating: false, count: 256)
        for entry in all { startsEntry[Int(entry.bytes[0])] = true }
        self.entries = all
        self.startsEntry = startsEntry
    }

    /// Non-overlapping matches in `text`, in text order.
    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte & 0xC0 != 0x80, startsEntry[Int(Self.asciiLowercased(byte))],
               let entry = entries.first(where: { matches($0, in: text, at: index) }) {
                found.append(Match(range: index..<index + entry.bytes.count, effect: entry.effect))
                index += entry.bytes.count
            } else {
                index += 1
            }
        }
        return found
    }

    private func matches(_ entry: Entry, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + entry.bytes.count
        guard end <= text.count else { return false }
        for offset in 0..<entry.bytes.count where Self.asciiLowercased(text[start + offset]) != entry.bytes[offset] {
            return false
        }
        if entry.needsBoundaryBefore, start > 0, Self.isWordByte(text[start - 1]) { return false }
        if entry.needsBoundaryAfter, end < text.count, Self.isWordByte(text[end]) { return false }
        return true
    }

    /// Letters, digits and any non-ASCII byte count as "inside a word" for dictionary boundaries.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || CharacterClass.ofASCII(byte) == .letter || CharacterClass.ofASCII(byte) == .digit
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    private static func separatorKind(of string: String) -> SeparatorKind {
        string.unicodeScalars.contains { CharacterClass.of($0) == .hardSeparator || CharacterClass.of($0) == .numberJoiner }
            ? .hard : .soft
    }
}
