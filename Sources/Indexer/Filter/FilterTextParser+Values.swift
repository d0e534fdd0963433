/// Values (field names and operands) and the lexical helpers of the filter grammar.
extension FilterTextParser {
    /// A parsed value: its token and the position after it and its trailing whitespace.
    struct RawValue {
        let token: FilterToken
        let end: Int
    }

    static let keywords: Set<String> = [
        "AND", "OR", "IN", "NOT", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH",
        "_geoRadius", "_geoBoundingBox",
    ]

    /// `ws ( bare | 'quoted' | "quoted" ) ws`, escapes decoded; geo functions used as values are failures.
    func parseValue(_ p: Int) throws(Failure) -> RawValue {
        var start = p
        while start < n, s[start].properties.isWhitespace { start += 1 }
        try rejectReservedGeoValue(start)

        let tokenStart: Int, tokenEnd: Int, next: Int
        var quoteEscaped: Unicode.Scalar?
        if start < n, s[start] == "'" || s[start] == "\"" {
            let quote = s[start]
            var i = start + 1
            var closed = false
            while i < n {
                if s[i] == quote { closed = true; break }
                if s[i] == "\\" {
                    guard i + 1 < n else { throw failure(.malformedValue, start + 1, n) }
                    if s[i + 1] == quote { quoteEscaped = quote }
                    i += 2
                } else {
                    i += 1
                }
            }
            guard closed else { throw failure(.missingClosingDelimiter(Character(quote)), start, n) }
            tokenStart = start + 1
            tokenEnd = i
            next = i + 1
        } else {
            var end = start
            while end < n, isValueComponent(s[end]) { end += 1 }
            var errorEnd = start
            while errorEnd < n, !isSyntaxComponent(s[errorEnd]) { errorEnd += 1 }
            guard end > start else { throw error(.expectedValue(reservedKeyword: false), start, errorEnd) }
            if Self.keywords.contains(text(start, end)) {
                throw error(.expectedValue(reservedKeyword: true), start, errorEnd)
            }
            tokenStart = start
            tokenEnd = end
            next = end
        }

        var raw = Array(s[tokenStart..<tokenEnd])
        if let quote = quoteEscaped { raw = FilterEscapes.unescapeQuote(quote, in: raw) }
        let decoded: String
        switch FilterEscapes.decode(raw) {
        case .success(let value): decoded = value
        case .failure(.invalidNumber): throw error(.invalidEscapedNumber, tokenStart, tokenEnd)
        case .failure(.malformed): throw error(.malformedValue, tokenStart, tokenEnd)
        }
        return RawValue(token: FilterToken(decoded, span: span(tokenStart, tokenEnd)), end: skipMultispace(next))
    }

    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[start..<end])
        return String(view)
    }

    func isValueComponent(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || c == "-" || c == "."
    }

    func isSyntaxComponent(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c == "(" || c == ")" || c == "=" || c == "<" || c == ">" || c == "!"
    }

    func isMultispace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\n" }

    func skipMultispace(_ p: Int) -> Int {
        var i = p
        while i < n, isMultispace(s[i]) { i += 1 }
        return i
    }

    /// The end of the bare word at `p` when that whole word is `word`.
    func wordExact(_ word: String, _ p: Int) -> Int? {
        var end = p
        while end < n, isValueComponent(s[end]) { end += 1 }
        guard end > p, end - p == word.unicodeScalars.count, text(p, end) == word else { return nil }
        return end
    }

    /// The end of `literal` when the text at `p` starts with it.
    func tag(_ literal: String, _ p: Int) -> Int? {
        var i = p
        for c in literal.unicodeScalars {
            guard i < n, s[i] == c else { return nil }
            i += 1
        }
        return i
    }

    /// Literals separated by at least one whitespace each (`IS NOT NULL`).
    func tags(_ literals: [String], _ p: Int) -> Int? {
        var position = p
        for (k, literal) in literals.enumerated() {
            if k > 0 {
                guard position < n, isMultispace(s[position]) else { return nil }
                position = skipMultispace(position)
            }
            guard let end = tag(literal, position) else { return nil }
            position = end
        }
        return position
    }
}
