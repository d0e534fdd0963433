import LoupeJSON

/// Turns documents into a `Segment`: analyses every searchable leaf once, interns words, records
/// postings (per term, and per term and attribute) and the forward index, and fills sort columns.
struct SegmentBuilder {
    private let plan: IndexingPlan
    private(set) var registry: FieldRegistry
    private var store = DocumentStore()
    private var interner = TermInterner()
    private var postingLists: [[UInt32]] = []
    private var forward = ForwardIndex()
    private var fieldPostings = FieldPostingsBuilder()
    private var sortValues: [[(numbers: [Double], strings: [String])]]
    private var distinctValues: [[String]] = []
    private var filters: FilterColumnsBuilder
    private var occurrences: [ForwardIndex.Occurrence] = []
    private var searchableCache: [String: (field: UInt32, searchable: Bool)] = [:]
    private var nextPosition: [UInt32: UInt32] = [:]

    init(plan: IndexingPlan, registry: FieldRegistry) {
        self.plan = plan
        self.registry = registry
        sortValues = Array(repeating: [], count: plan.sortFields.count)
        filters = FilterColumnsBuilder(fields: plan.filterFields)
    }

    var count: Int { store.count }

    /// Adds one document; `json` is its compact serialisation (made once, here or by the caller).
    mutating func add(id: String, document: JSONObject, json: [UInt8]) {
        let local = UInt32(store.count)
        store.append(id: id, json: json)
        occurrences.removeAll(keepingCapacity: true)
        nextPosition.removeAll(keepingCapacity: true)
        DocumentLeaves.forEach(in: document) { path, leaf in
            let field = fieldInfo(path)
            guard field.searchable else { return }
            index(leaf, field: field.field, local: local)
        }
        occurrences.sort { ($0.field, $0.position) < ($1.field, $1.position) }
        forward.append(occurrences[...])
        fieldPostings.add(local: local, occurrences[...])
        for (column, path) in plan.sortFields.enumerated() {
            sortValues[column].append(Self.sortValues(DocumentLeaves.values(at: path, in: document)))
        }
        if !plan.filterFields.isEmpty { filters.add(local: local, document: document) }
        if let field = plan.distinctField {
            distinctValues.append(Self.distinctValues(DocumentLeaves.values(at: field, in: document)))
        }
    }

    /// Normalised values of a leaf list for `distinct`: numbers by value, strings as filters see them.
    static func distinctValues(_ leaves: [DocumentLeaves.Leaf]) -> [String] {
        leaves.compactMap { leaf in
            switch leaf {
            case .number(let number): "#" + String(number.doubleValue)
            case .text(let text): TextNormalizer.filterValue(text)
            case .bool(let flag): flag ? "true" : "false"
            case .null, .emptyContainer: nil
            }
        }
    }

    private mutating func fieldInfo(_ path: String) -> (field: UInt32, searchable: Bool) {
        if let known = searchableCache[path] { return known }
        let field = registry.intern(path)
        let info = (field, plan.searchableRank(of: path, fieldID: field) != nil)
        searchableCache[path] = info
        return info
    }

    private mutating func index(_ leaf: DocumentLeaves.Leaf, field: UInt32, local: UInt32) {
        let start: UInt32
        if let next = nextPosition[field] { start = next + 7 } else { start = 0 }
        var end = start
        switch leaf {
        case .text(let text):
            let analyzer = plan.analyzer
            let next = analyzer.forEachWord(in: text, startPosition: Int(start)) { word, position, _ in
                record(word, position: UInt32(clamping: position), field: field, local: local)
            }
            end = UInt32(clamping: next)
        case .number(let number):
            var literal = number.literal
            literal.withUTF8 { record($0, position: start, field: field, local: local) }
            end = start + 1
        case .bool(let flag):
            var text = flag ? "true" : "false"
            text.withUTF8 { record($0, position: start, field: field, local: local) }
            end = start + 1
        case .null, .emptyContainer:
            return
        }
        if end > start { nextPosition[field] = end }
    }

    /// Positions past this are not indexed (Meilisearch indexes about the first 65k of an attribute).
    static let maxPosition: UInt32 = 65_535

    private mutating func record(_ word: UnsafeBufferPointer<UInt8>, position: UInt32, field: UInt32, local: UInt32) {
        guard position <= Self.maxPosition, !word.isEmpty else { return }
        let term: UInt32
        if !plan.stopWords.isEmpty && plan.stopWords.contains(Array(word)) {
            term = ForwardIndex.stopWord
        } else {
            term = interner.intern(word)
            if Int(term) == postingLists.count { postingLists.append([]) }
            if postingLists[Int(term)].last != local { postingLists[Int(term)].append(local) }
        }
        occurrences.append(.init(field: field, position: position, term: term))
    }

    private static func sortValues(_ leaves: [DocumentLeaves.Leaf]) -> (numbers: [Double], strings: [String]) {
        var numbers: [Double] = [], strings: [String] = []
        for leaf in leaves {
            switch leaf {
            case .number(let number): numbers.append(number.doubleValue)
            case .text(let text): strings.append(TextNormalizer.filterValue(text))
            case .bool(let flag): strings.append(flag ? "true" : "false")
            case .null, .emptyContainer: break
            }
        }
        return (numbers, strings)
    }

    /// Freezes everything into a segment: sorts the vocabulary and renumbers terms to match.
    consuming func build() -> (Segment, FieldRegistry) {
        var fields = registry
        let segment = build(into: &fields)
        return (segment, fields)
    }

    /// Like `build()`, registering this builder's attributes in `fields`, which may have grown since the
    /// builder started (builders running in parallel from the same registry): field ids are rewritten.
    consuming func build(into fields: inout FieldRegistry) -> Segment {
        let fieldMap = registry.paths.map { fields.intern($0) }
        let remapsFields = fieldMap.enumerated().contains(where: { UInt32($0.offset) != $0.element })
        if remapsFields { forward.remapFields(fieldMap) }
        store.sealIDs()
        let order = interner.sortedOrder()
        var newID = [UInt32](repeating: 0, count: order.count)
        var sortedTerms: [[UInt8]] = []
        sortedTerms.reserveCapacity(order.count)
        var postings: [DocumentSet] = []
        postings.reserveCapacity(order.count)
        for (rank, old) in order.enumerated() {
            newID[Int(old)] = UInt32(rank)
            sortedTerms.append(Array(interner.word(Int(old))))
            postings.append(DocumentSet(sortedIDs: postingLists[Int(old)]))
        }
        forward.remapTerms(newID)
        var columns: [String: SortColumn] = [:]
        for (column, path) in plan.sortFields.enumerated() {
            columns[path] = SortColumn(values: sortValues[column])
        }
        let segment = Segment(
            store: store,
            dictionary: TermDictionary(sortedUniqueTerms: sortedTerms),
            postings: postings,
            forward: forward,
            fieldPostings: fieldPostings.build(order: order, fieldMap: remapsFields ? fieldMap : nil),
            sortColumns: columns,
            distinct: plan.distinctField.map { _ in DistinctColumn(values: distinctValues) },
            filters: filters.build(documentCount: store.count))
        return segment
    }
}
