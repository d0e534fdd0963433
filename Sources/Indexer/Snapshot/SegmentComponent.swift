/// What a segment's components are checked against while they are decoded: the counts of the segment's
/// header and the size of the index's field registry.
struct SegmentShape: Sendable {
    let documentCount: Int
    let termCount: Int
    let fieldCount: Int
}

/// The parts of a segment a snapshot stores, each as its own component (one or more frames), so a new
/// part is one more case. Decoding never re-analyses text; only cheap derived tables (the id lookup,
/// value-posting unions, facet-search folds, price caches) are rebuilt.
enum SegmentComponent: UInt8, CaseIterable, Sendable {
    case store = 1, dictionary, postings, forward, fieldPostings, sortColumns, distinct, filters, live

    /// This component of `view`, encoded after `header` (the bytes its first frame starts with).
    func encode(_ view: SegmentView, header: [UInt8]) -> ByteWriter {
        let segment = view.segment
        var writer = ByteWriter(capacity: 1 << 16)
        writer.bytes.append(contentsOf: header)
        switch self {
        case .store: segment.store.encode(into: &writer)
        case .dictionary: segment.dictionary.encode(into: &writer)
        case .postings: DocumentSet.encode(segment.postings, into: &writer)
        case .forward: segment.forward.encode(into: &writer)
        case .fieldPostings: segment.fieldPostings.encode(into: &writer)
        case .sortColumns: SortColumn.encode(segment.sortColumns, into: &writer)
        case .distinct:
            writer.bool(segment.distinct != nil)
            segment.distinct?.encode(into: &writer)
        case .filters: segment.filters.encode(into: &writer)
        case .live: view.live.encode(into: &writer)
        }
        return writer
    }

    /// Decodes this component from the rest of `reader`, which it must use up exactly.
    func decode(_ reader: inout ByteReader, shape: SegmentShape) throws(SnapshotError) -> SegmentPart {
        let documents = shape.documentCount
        let part: SegmentPart
        switch self {
        case .store: part = .store(try DocumentStore(decoding: &reader, documentCount: documents))
        case .dictionary: part = .dictionary(try TermDictionary(decoding: &reader, shape: shape))
        case .postings:
            part = .postings(try DocumentSet.decodeArray(&reader, count: shape.termCount, universe: documents, "postings"))
        case .forward: part = .forward(try ForwardIndex(decoding: &reader, shape: shape))
        case .fieldPostings: part = .fieldPostings(try FieldPostings(decoding: &reader, shape: shape))
        case .sortColumns: part = .sortColumns(try SortColumn.decodeColumns(&reader, documentCount: documents))
        case .distinct: part = .distinct(try reader.bool() ? try DistinctColumn(decoding: &reader, documentCount: documents) : nil)
        case .filters: part = .filters(try FilterColumns(decoding: &reader, documentCount: documents))
        case .live: part = .live(try DocumentSet(decoding: &reader, universe: documents))
        }
        guard reader.isAtEnd else { throw SnapshotError("segment \(self): unexpected bytes after the component") }
        return part
    }
}

/// One decoded segment component.
enum SegmentPart: Sendable {
    case store(DocumentStore)
    case dictionary(TermDictionary)
    case postings([DocumentSet])
    case forward(ForwardIndex)
    case fieldPostings(FieldPostings)
    case sortColumns([String: SortColumn])
    case distinct(DistinctColumn?)
    case filters(FilterColumns)
    case live(DocumentSet)
}

extension SegmentView {
    /// The segment view made of decoded parts, one of each component; checks the parts agree with the
    /// settings' plan (the same sort columns, a distinct column exactly when one is configured).
    init(parts: [SegmentComponent: SegmentPart], plan: IndexingPlan) throws(SnapshotError) {
        var store: DocumentStore?, dictionary: TermDictionary?, postings: [DocumentSet]?, forward: ForwardIndex?
        var fieldPostings: FieldPostings?, sortColumns: [String: SortColumn]?, distinct: DistinctColumn??
        var filters: FilterColumns?, live: DocumentSet?
        for part in parts.values {
            switch part {
            case .store(let value): store = value
            case .dictionary(let value): dictionary = value
            case .postings(let value): postings = value
            case .forward(let value): forward = value
            case .fieldPostings(let value): fieldPostings = value
            case .sortColumns(let value): sortColumns = value
            case .distinct(let value): distinct = .some(value)
            case .filters(let value): filters = value
            case .live(let value): live = value
            }
        }
        guard let store, let dictionary, let postings, let forward, let fieldPostings, let sortColumns, let distinct,
              let filters, let live else {
            let missing = SegmentComponent.allCases.filter { parts[$0] == nil }
            throw SnapshotError("segment lacks its \(missing.map { "\($0)" }.joined(separator: ", "))")
        }
        guard Set(sortColumns.keys) == Set(plan.sortFields) else {
            throw SnapshotError("segment sort columns \(sortColumns.keys.sorted()) do not match the settings")
        }
        guard (distinct != nil) == (plan.distinctField != nil) else {
            throw SnapshotError("segment distinct column does not match the settings")
        }
        let segment = Segment(store: store, dictionary: dictionary, postings: postings, forward: forward,
                              fieldPostings: fieldPostings, sortColumns: sortColumns, distinct: distinct, filters: filters)
        self.init(segment: segment, live: live)
    }
}
