/// A description sentence parsed once from `Vocabulary.descriptionTemplates` into pieces the
/// renderer copies or fills; see that list for the slot names. Unknown slots are kept as text.
struct DescriptionTemplate: Sendable {
    enum Piece: Sendable {
        case text([UInt8])
        case filler, brand, line, noun, material
        case modifier(capitalised: Bool)
    }

    let pieces: [Piece]

    init(_ template: String) {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(JSONText.escaped(String(rest[..<open])))) }
            switch rest[rest.index(after: open)..<close] {
            case "w": pieces.append(.filler)
            case "brand": pieces.append(.brand)
            case "line": pieces.append(.line)
            case "noun": pieces.append(.noun)
            case "mat": pieces.append(.material)
            case "mod": pieces.append(.modifier(capitalised: false))
            case "Mod": pieces.append(.modifier(capitalised: true))
            default: pieces.append(.text(JSONText.escaped(String(rest[open...close]))))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(JSONText.escaped(String(rest)))) }
        self.pieces = pieces
    }
}
