import LoupeJSON

/// Builds random JSON values covering every kind of value, awkward strings (controls, quotes,
/// backslashes, non-ASCII, astral scalars) and numbers in several notations.
struct RandomJSON {
    var rng: SeededGenerator

    mutating func value(depth: Int) -> JSONValue {
        let kind = Int.random(in: 0..<(depth > 0 ? 7 : 5), using: &rng)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number(number())
        case 3, 4: return .string(string())
        case 5:
            return .array((0..<Int.random(in: 0...5, using: &rng)).map { _ in value(depth: depth - 1) })
        default:
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...6, using: &rng) { object[string()] = value(depth: depth - 1) }
            return .object(object)
        }
    }

    mutating func number() -> JSONNumber {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return JSONNumber(Int64.random(in: Int64.min...Int64.max, using: &rng))
        case 1: return JSONNumber(Int.random(in: -1000...1000, using: &rng))
        case 2: return JSONNumber(Double.random(in: -1e6...1e6, using: &rng))
        default:
            let cents = Int.random(in: 0...999_999, using: &rng)
            return JSONNumber(literal: "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)")!
        }
    }

    mutating func string() -> String {
        let pieces: [String] = ["a", "Z", "9", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
                                "é", "ß", "中", "\u{2028}", "😀", "𝄞", "key", "price", "x"]
        var s = ""
        for _ in 0..<Int.random(in: 0...8, using: &rng) { s += pieces.randomElement(using: &rng)! }
        return s
    }
}
