/// The parameters of a URL query string, in order, percent-decoded (`+` is a space, as HTML forms and
/// `URLSearchParams` encode it). Undecodable escapes are kept as written.
struct QueryString: Sendable {
    let pairs: [(key: String, value: String)]

    init(_ raw: String?) {
        guard let raw, !raw.isEmpty else { pairs = []; return }
        pairs = raw.split(separator: "&").map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(pieces[0]), pieces.count > 1 ? Self.decode(pieces[1]) : "")
        }
    }

    subscript(key: String) -> String? {
        pairs.last { $0.key == key }?.value
    }

    /// Rejects parameters not in `allowed` with 400 `bad_request`, as Meilisearch does.
    func requireKnown(_ allowed: [String]) throws(APIError) {
        for pair in pairs where !allowed.contains(pair.key) {
            throw .badRequest("Unknown parameter `\(pair.key)`: expected one of \(allowed.map { "`\($0)`" }.joined(separator: ", "))")
        }
    }

    /// A non-negative integer parameter, with Meilisearch's message when it does not parse.
    func unsigned(_ key: String, code: String) throws(APIError) -> Int? {
        guard let text = self[key] else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw APIError(code: code, message: "Invalid value in parameter `\(key)`: could not parse `\(text)` as a positive integer")
        }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                      let high = hexValue(iterator[iterator.startIndex]), let low = hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator.removeFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
