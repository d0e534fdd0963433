import LoupeJSON

/// JSON string escaping for the generator's text, done by LoupeJSON's writer. Vocabulary words
/// are escaped once when the tables are built, so the per-product path only copies bytes.
enum JSONText {
    /// The escaped UTF-8 of `text`, without the surrounding quotes.
    static func escaped(_ text: String) -> [UInt8] {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.writeString(text)
        return Array(writer.bytes.dropFirst().dropLast())
    }
}
