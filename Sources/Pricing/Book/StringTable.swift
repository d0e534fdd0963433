/// Interns strings (attributes, rule values, currencies, ids) as dense `UInt32` ids so the hot
/// path compares integers. Ids are never reused; a new book generation that adds strings copies
/// the table (copy-on-write), older generations keep theirs.
struct StringTable: Sendable {
    private var idsByString: [String: UInt32] = [:]
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    /// The id of `string`, adding it when new.
    mutating func intern(_ string: String) -> UInt32 {
        if let id = idsByString[string] { return id }
        let id = UInt32(strings.count)
        idsByString[string] = id
        strings.append(string)
        return id
    }

    /// The id of `string`, nil when it was never interned.
    @inline(__always)
    func id(of string: String) -> UInt32? { idsByString[string] }

    @inline(__always)
    subscript(id: UInt32) -> String { strings[Int(id)] }

    mutating func reserveCapacity(_ n: Int) {
        idsByString.reserveCapacity(n)
        strings.reserveCapacity(n)
    }
}
