/// For each document of a segment, the distinct value ids it carries for one attribute (document-major),
/// so facet counts over a candidate set walk only the candidates.
struct DocumentValueTable: Sendable {
    /// `documentCount + 1` entries delimiting each document's ids in `values`.
    let offsets: [UInt32]
    let values: [UInt32]

    func values(of document: UInt32) -> ArraySlice<UInt32> {
        guard Int(document) + 1 < offsets.count else { return [] }
        return values[Int(offsets[Int(document)])..<Int(offsets[Int(document) + 1])]
    }

    var byteSize: Int { offsets.count * 4 + values.count * 4 }
}
