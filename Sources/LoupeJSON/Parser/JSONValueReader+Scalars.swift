extension JSONValueReader {
    /// Reads a number at `-` or a digit, keeping its text.
    mutating func readNumber() throws(JSONParseError) -> JSONNumber {
        let start = i
        switch JSONNumberGrammar.scan(p, from: start, end: end) {
        case .success(let stop):
            i = stop
            let text = UnsafeBufferPointer(start: p + start, count: stop - start)
            return JSONNumber(validatedLiteral: String(decoding: text, as: UTF8.self))
        case .failure(.leadingZero(let at)):
            throw error("invalid number: leading zeros are not allowed", at: at)
        case .failure(.expectedDigit(let at)):
            throw error("invalid number: expected a digit", at: at)
        }
    }

    /// Consumes `word` (`true`, `false` or `null`) or fails at the first byte that differs.
    mutating func readLiteral(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        let expected = word.utf8Start
        for k in 0..<count {
            guard i + k < end else { throw error("unexpected end of input, expected `\(word)`", at: end) }
            guard p[i + k] == expected[k] else { throw error("invalid literal, expected `\(word)`", at: i + k) }
        }
        i += count
    }
}
