/// One immutable batch of indexed documents: stored JSON, vocabulary, postings, forward index and sort
/// columns. Local document ids are dense `UInt32`s in insertion order.
///
/// Segments never change after `SegmentBuilder.build()`; deletions are recorded outside, in the
/// generation's view of the segment, and merging builds a new segment.
final class Segment: Sendable {
    let store: DocumentStore
    let dictionary: TermDictionary
    /// Documents containing each term, by term id.
    let postings: [DocumentSet]
    let forward: ForwardIndex
    /// Documents holding each term per attribute and first-position band, for bitmap ranking buckets.
    let fieldPostings: FieldPostings
    /// Sort columns by attribute path.
    let sortColumns: [String: SortColumn]
    /// Values of the `distinctAttribute` setting, when there is one.
    let distinct: DistinctColumn?
    /// Columns of the filterable attributes: filters are bitmap algebra over them, facets count them.
    let filters: FilterColumns
    /// Priced search's per-context `_price` columns (a cache; see `SegmentPriceCache`).
    let priceCache: SegmentPriceCache

    init(store: DocumentStore, dictionary: TermDictionary, postings: [DocumentSet], forward: ForwardIndex,
         fieldPostings: FieldPostings, sortColumns: [String: SortColumn], distinct: DistinctColumn?, filters: FilterColumns,
         priceCache: SegmentPriceCache = SegmentPriceCache()) {
        self.store = store
        self.dictionary = dictionary
        self.postings = postings
        self.forward = forward
        self.fieldPostings = fieldPostings
        self.sortColumns = sortColumns
        self.distinct = distinct
        self.filters = filters
        self.priceCache = priceCache
    }

    var count: Int { store.count }

    /// Approximate bytes held, for stats and memory budgets.
    var byteSize: Int {
        store.byteSize + dictionary.byteSize + forward.byteSize + fieldPostings.byteSize
            + postings.reduce(0) { $0 + $1.byteSize + 16 }
            + sortColumns.values.reduce(0) { $0 + $1.byteSize } + (distinct?.byteSize ?? 0) + filters.byteSize
    }
}
