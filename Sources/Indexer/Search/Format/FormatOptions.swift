/// What a search asks to do with one attribute's strings in `_formatted`.
struct FormatOptions: Sendable, Equatable {
    var highlights = false
    /// Words to keep around the best matches; nil: no cropping.
    var cropLength: Int? = nil

    /// Neither highlighted nor cropped: the value is only copied (numbers become strings).
    var isEmpty: Bool { !highlights && cropLength == nil }
}

/// `attributesToHighlight` and `attributesToCrop` read once per search.
///
/// Crop entries are `"attr"` (request `cropLength`) or `"attr:N"`, split at the last colon as Meilisearch
/// does: an unreadable `N` falls back to `cropLength`. When several crop entries match a path the first wins.
struct FormatRules: Sendable {
    let highlighted: [String]
    let cropped: [(pattern: String, length: Int)]

    init(highlight: [String], crop: [String], defaultCropLength: Int) {
        highlighted = highlight
        cropped = crop.map { entry in
            guard let colon = entry.lastIndex(of: ":") else { return (entry, defaultCropLength) }
            let length = Int(entry[entry.index(after: colon)...]).flatMap { $0 >= 0 ? $0 : nil }
            return (String(entry[..<colon]), length ?? defaultCropLength)
        }
    }

    /// Every attribute pattern the request names for highlighting or cropping.
    var patterns: [String] { highlighted + cropped.map(\.pattern) }

    func options(for path: String) -> FormatOptions {
        FormatOptions(
            highlights: highlighted.contains { AttributePattern.matches(pattern: $0, path: path) },
            cropLength: cropped.first { AttributePattern.matches(pattern: $0.pattern, path: path) }?.length)
    }
}
