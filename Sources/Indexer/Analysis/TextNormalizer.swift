import CICU

/// The normalizations of Meilisearch §2.2 as plain functions on whole strings (no segmentation).
///
/// - `searchFold` (search tokens, facet search): NFKC with full case folding (lowercase,
///   `ﬁ` → `fi`, fullwidth `ＡＢＣ` → `abc`, `ß` → `ss`, default-ignorables such as soft hyphens
///   removed), then diacritics removed from Latin letters only: `Gläss` → `glass`,
///   `Café` → `cafe`, Turkish `İ` → `i`, and the undecomposable `Æ æ Œ œ Ø ø Ł ł Đ đ Ð ð ı Ħ ħ
///   Ŧ ŧ Þ þ` → `ae oe o l d d i h t th` (`Ærø` → `aero`). Marks on other scripts are kept
///   (Devanagari vowel signs, Thai tone marks, kana dakuten, Greek tonos, Cyrillic `й`).
/// - `filterValue` (filter, sort and facet values): whitespace trimmed, NFKD, lowercase;
///   diacritics are kept, as decomposed combining marks (`Gläss` → `gla\u{308}ss`).
public enum TextNormalizer {
    public static func searchFold(_ text: String) -> String {
        String(decoding: searchFoldBytes(text), as: UTF8.self)
    }

    /// `searchFold` as UTF-8 bytes (what the index stores).
    public static func searchFoldBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                return bytes.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
            }
            var output: [UInt8] = []
            let length = ICU.searchFold(bytes, into: &output)
            return Array(output[0..<length])
        }
    }

    public static func filterValue(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var trimmed = String(scalars[first...last])
        return trimmed.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                return String(decoding: bytes.map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
            var decomposed: [UInt8] = []
            let decomposedLength = ICU.normalize(bytes, to: CICU_NFKD, into: &decomposed)
            var lowered: [UInt8] = []
            let loweredLength = decomposed.withUnsafeBufferPointer { decomposed in
                ICU.lowercase(UnsafeBufferPointer(rebasing: decomposed[0..<decomposedLength]), into: &lowered)
            }
            return String(decoding: lowered[0..<loweredLength], as: UTF8.self)
        }
    }
}
