import Atomics
import LoupeJSON

/// One segment as a generation sees it: the immutable segment plus the documents still alive in it.
struct SegmentView: Sendable {
    let segment: Segment
    /// Local ids not deleted or replaced.
    let live: DocumentSet

    init(segment: Segment, live: DocumentSet) {
        self.segment = segment
        self.live = live
    }

    init(segment: Segment) {
        self.init(segment: segment, live: DocumentSet(range: 0..<UInt32(segment.count)))
    }
}

/// An immutable snapshot of an index: settings, segments and their live documents. Searches run on one
/// generation from start to end; writers build the next one and publish it with a single atomic swap,
/// so readers never wait and never see half an update.
public final class IndexGeneration: AtomicReference, Sendable {
    public let settings: IndexSettings
    public let primaryKey: String?
    public let version: UInt64
    let fields: FieldRegistry
    let views: [SegmentView]
    let plan: IndexingPlan
    let context: SearchContext

    init(settings: IndexSettings, primaryKey: String?, version: UInt64, fields: FieldRegistry, views: [SegmentView], plan: IndexingPlan,
         context: SearchContext? = nil) {
        self.settings = settings
        self.primaryKey = primaryKey
        self.version = version
        self.fields = fields
        self.views = views
        self.plan = plan
        self.context = context ?? SearchContext(settings: settings, fields: fields, plan: plan)
    }

    /// Live documents in the index.
    public var documentCount: Int { views.reduce(0) { $0 + $1.live.count } }

    /// Every attribute path seen in the documents, in order of first appearance.
    public var fieldPaths: [String] { fields.paths }

    /// Approximate bytes held by this generation's segments.
    public var byteSize: Int { views.reduce(0) { $0 + $1.segment.byteSize } }

    /// Where the live document with this id is, if any (the newest segment wins).
    func locate(_ id: String) -> (view: Int, local: UInt32)? { Index.locate(id, in: views) }

    /// The stored JSON of a document, by id.
    public func document(id: String) -> [UInt8]? {
        guard let place = locate(id) else { return nil }
        return Array(views[place.view].segment.store.document(place.local))
    }
}

extension IndexGeneration {
    /// Live documents in insertion order, for `GET /documents`: the page of stored JSON and the total,
    /// optionally only those matching a filter.
    public func documents(offset: Int, limit: Int, filter: JSONValue) throws(EngineError) -> (documents: [[UInt8]], total: Int) {
        let expression = try Searcher.parseFilter(filter, settings: settings)
        return documents(offset: offset, limit: limit, selected: views.map { view in
            expression.map { view.segment.filters.evaluate($0, universe: view.live) } ?? view.live
        })
    }

    /// Live documents in insertion order: the page of stored JSON and the total.
    public func documents(offset: Int, limit: Int) -> (documents: [[UInt8]], total: Int) {
        documents(offset: offset, limit: limit, selected: views.map(\.live))
    }

    private func documents(offset: Int, limit: Int, selected: [DocumentSet]) -> (documents: [[UInt8]], total: Int) {
        var page: [[UInt8]] = []
        var skipped = 0
        for (view, documents) in zip(views, selected) where page.count < limit {
            let live = documents.count
            if skipped + live <= offset {
                skipped += live
                continue
            }
            documents.forEachChunk { chunk in
                for local in chunk {
                    if skipped < offset { skipped += 1; continue }
                    page.append(Array(view.segment.store.document(local)))
                    if page.count == limit { return false }
                }
                return true
            }
        }
        return (page, selected.reduce(0) { $0 + $1.count })
    }
}
