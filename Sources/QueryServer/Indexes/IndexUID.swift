/// Validation of index uids: 1 to 400 bytes of `[A-Za-z0-9_-]`, as Meilisearch requires.
enum IndexUID {
    static let maxBytes = 400

    static func isValid(_ uid: String) -> Bool {
        let utf8 = uid.utf8
        guard !utf8.isEmpty, utf8.count <= maxBytes else { return false }
        return utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    static func validate(_ uid: String) throws(APIError) {
        guard isValid(uid) else {
            throw APIError(code: "invalid_index_uid", message: "`\(uid.prefix(450))` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than 400 bytes.")
        }
    }
}
