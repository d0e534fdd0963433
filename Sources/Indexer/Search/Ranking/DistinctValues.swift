import LoupeJSON

/// The values of the distinct attribute of a hit: from the segment's distinct column when the attribute
/// is the `distinctAttribute` setting, otherwise read from the stored document.
struct DistinctValues {
    let field: String
    let segments: [Segment]
    let fromColumn: Bool

    func values(_ segment: Int, _ local: UInt32) -> [String] {
        let segment = segments[segment]
        if fromColumn, let column = segment.distinct {
            return column.values(local).map { column.string($0) }
        }
        guard case .object(let object)? = try? JSONParser.parse(Array(segment.store.document(local))) else { return [] }
        return SegmentBuilder.distinctValues(DocumentLeaves.values(at: field, in: object))
    }
}
