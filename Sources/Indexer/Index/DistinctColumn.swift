/// The normalised values of the distinct attribute for every document of a segment, interned, so
/// `distinctAttribute` can drop later hits sharing a value without touching stored JSON.
struct DistinctColumn: Sendable {
    private(set) var strings: [String] = []
    private(set) var offsets: [UInt32] = [0]
    private(set) var valueIDs: [UInt32] = []

    init(values: [[String]]) {
        var ids: [String: UInt32] = [:]
        for documentValues in values {
            for value in documentValues {
                let id: UInt32
                if let known = ids[value] {
                    id = known
                } else {
                    id = UInt32(strings.count)
                    ids[value] = id
                    strings.append(value)
                }
                valueIDs.append(id)
            }
            offsets.append(UInt32(valueIDs.count))
        }
    }

    /// A column from its arrays (a snapshot's).
    init(strings: [String], offsets: [UInt32], valueIDs: [UInt32]) {
        self.strings = strings
        self.offsets = offsets
        self.valueIDs = valueIDs
    }

    /// The values of document `local` (empty when it lacks the attribute).
    func values(_ local: UInt32) -> ArraySlice<UInt32> {
        valueIDs[Int(offsets[Int(local)])..<Int(offsets[Int(local) + 1])]
    }

    func string(_ id: UInt32) -> String { strings[Int(id)] }

    var byteSize: Int { valueIDs.count * 4 + offsets.count * 4 + strings.reduce(0) { $0 + $1.utf8.count + 16 } }
}
