/// Matching of index uids against a key's or a tenant token's index list: `*`, an exact uid, or a
/// `prefix*` pattern.
enum IndexPattern {
    static func matches(_ pattern: String, _ uid: String) -> Bool {
        if pattern == "*" || pattern == uid { return true }
        return pattern.hasSuffix("*") && uid.hasPrefix(pattern.dropLast())
    }

    static func anyMatches(_ patterns: [String], _ uid: String) -> Bool {
        patterns.contains { matches($0, uid) }
    }
}
