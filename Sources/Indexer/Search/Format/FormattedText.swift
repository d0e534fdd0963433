/// Writes one string of `_formatted`: the original text, cropped to a word window with the crop marker on
/// each side where words were cut, and with the matches inside it wrapped in the highlight tags.
///
/// The original spelling is kept byte for byte; an uncropped side keeps its leading/trailing separators,
/// a cropped side starts/ends at a word. Empty tags or marker insert nothing.
struct FormattedText: Sendable {
    let preTag: [UInt8]
    let postTag: [UInt8]
    let cropMarker: [UInt8]

    func render(_ text: MatchedText, options: FormatOptions) -> String {
        var window = 0..<text.words.count
        if let length = options.cropLength { window = CropWindow.words(of: text, length: length) }
        let utf8 = Array(text.text.utf8)
        if window.isEmpty && !text.words.isEmpty { return "" }

        let cutsStart = window.lowerBound > 0
        let cutsEnd = window.upperBound < text.words.count
        let start = cutsStart ? text.words[window.lowerBound].bytes.lowerBound : 0
        let end = cutsEnd ? text.words[window.upperBound - 1].bytes.upperBound : utf8.count

        var output: [UInt8] = []
        output.reserveCapacity(end - start + 2 * cropMarker.count + 16)
        if cutsStart { output.append(contentsOf: cropMarker) }
        var cursor = start
        if options.highlights {
            for match in text.matches {
                let lower = max(match.bytes.lowerBound, cursor)
                let upper = min(match.bytes.upperBound, end)
                guard lower < upper else { continue }
                output.append(contentsOf: utf8[cursor..<lower])
                output.append(contentsOf: preTag)
                output.append(contentsOf: utf8[lower..<upper])
                output.append(contentsOf: postTag)
                cursor = upper
            }
        }
        output.append(contentsOf: utf8[cursor..<max(cursor, end)])
        if cutsEnd { output.append(contentsOf: cropMarker) }
        return String(decoding: output, as: UTF8.self)
    }
}
