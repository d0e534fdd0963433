import Atomics
import LoupeJSON
import Synchronization

/// A searchable collection of JSON documents with Meilisearch's semantics; the library entry point.
///
/// Readers call `search` (or take `generation`) at any time and never wait: they work on an immutable
/// `IndexGeneration` obtained with one atomic load. Writers (`addDocuments`, `deleteDocuments`,
/// `updateSettings`, …) are serialised among themselves, build the next generation off to the side and
/// publish it with one atomic store, so an update becomes visible all at once. A batch of documents is
/// validated as a whole before anything changes: a bad document fails the batch with a typed error that
/// names it, and the index stays as it was.
public final class Index: Sendable {
    public let uid: String
    private let current: ManagedAtomic<IndexGeneration>
    private let writer = Mutex<Void>(())

    /// How many similar-sized newest segments a write merges into one (the tiered merge's fan-in).
    static let mergeFanIn = 4
    /// Tiered merges never build a segment of more live documents than this: rebuilding a larger one
    /// would hold the writer for seconds.
    static let maxMergedDocuments = 1 << 16
    /// Above this many segments, adjacent segments are merged, smallest pair first, whatever their size.
    static let maxSegments = 32

    public init(uid: String, primaryKey: String? = nil, settings: IndexSettings = IndexSettings()) {
        self.uid = uid
        let plan = IndexingPlan(settings: settings)
        current = ManagedAtomic(IndexGeneration(settings: settings, primaryKey: primaryKey, version: 0,
                                                fields: FieldRegistry(), views: [], plan: plan))
    }

    /// The generation searches currently see.
    public var generation: IndexGeneration { current.load(ordering: .acquiring) }

    public var primaryKey: String? { generation.primaryKey }
    public var settings: IndexSettings { generation.settings }
    public var documentCount: Int { generation.documentCount }

    public func search(_ request: SearchRequest) throws(EngineError) -> SearchResult {
        try Searcher(generation: generation.searched(by: request)).search(request)
    }

    public func facetSearch(_ request: FacetSearchRequest) throws(EngineError) -> FacetSearchResult {
        try Searcher(generation: generation).facetSearch(request)
    }

    /// Adds or replaces whole documents (Meilisearch `POST /documents`). Returns how many were indexed.
    @discardableResult
    public func addDocuments(_ documents: [JSONValue], primaryKey: String? = nil) throws(EngineError) -> Int {
        try write { old throws(EngineError) in
            let key = try Self.resolvePrimaryKey(old.primaryKey, requested: primaryKey, first: documents.first)
            var batch: [(id: String, object: JSONObject)] = []
            batch.reserveCapacity(documents.count)
            for (position, document) in documents.enumerated() {
                let id = try DocumentID.extract(from: document, primaryKey: key, position: position)
                guard case .object(let object) = document else { continue }
                batch.append((id, object))
            }
            return (Self.appending(batch, to: old, primaryKey: key), batch.count)
        }
    }

    /// Merges top-level fields into existing documents, creating new ones (Meilisearch `PUT /documents`).
    @discardableResult
    public func updateDocuments(_ documents: [JSONValue], primaryKey: String? = nil) throws(EngineError) -> Int {
        try write { old throws(EngineError) in
            let key = try Self.resolvePrimaryKey(old.primaryKey, requested: primaryKey, first: documents.first)
            var batch: [(id: String, object: JSONObject)] = []
            // Where each id was last merged in this batch: a repeated id merges into that version.
            var latest: [String: Int] = [:]
            for (position, document) in documents.enumerated() {
                let id = try DocumentID.extract(from: document, primaryKey: key, position: position)
                guard case .object(let changes) = document else { continue }
                var merged = JSONObject()
                if let earlier = latest[id] {
                    merged = batch[earlier].object
                } else if let stored = old.document(id: id), case .object(let existing)? = try? JSONParser.parse(stored) {
                    merged = existing
                }
                for (field, value) in changes { merged[field] = value }
                latest[id] = batch.count
                batch.append((id, merged))
            }
            return (Self.appending(batch, to: old, primaryKey: key), batch.count)
        }
    }

    /// Deletes documents by id; returns how many existed.
    @discardableResult
    public func deleteDocuments(ids: [String]) -> Int {
        write { old in
            var views = old.views
            var deleted = 0
            for id in ids {
                guard let place = Self.locate(id, in: views) else { continue }
                var builder = views[place.view].live.makeBuilder()
                builder.remove(place.local)
                views[place.view] = SegmentView(segment: views[place.view].segment, live: builder.build())
                deleted += 1
            }
            return (Self.next(old, views: views), deleted)
        }
    }

    /// Deletes the documents matching a filter (string or array form); returns how many.
    @discardableResult
    public func deleteDocuments(filter: JSONValue) throws(EngineError) -> Int {
        try write { old throws(EngineError) in
            guard let expression = try Searcher.parseFilter(filter, settings: old.settings) else {
                throw EngineError("invalid_document_filter", "The filter is empty: deleting by filter needs a filter.")
            }
            var deleted = 0
            let views = old.views.map { view in
                let matched = view.segment.filters.evaluate(expression, universe: view.live)
                deleted += matched.count
                return matched.isEmpty ? view : SegmentView(segment: view.segment, live: view.live.subtracting(matched))
            }
            return (Self.next(old, views: views), deleted)
        }
    }

    /// Deletes every document; settings and primary key stay.
    public func deleteAllDocuments() {
        write { old in (Self.next(old, views: []), ()) }
    }

    /// Replaces the settings; re-indexes the documents when the change affects indexing.
    public func updateSettings(_ settings: IndexSettings) {
        write { old in
            let plan = IndexingPlan(settings: settings)
            var fields = old.fields
            var views = old.views
            if settings.requiresReindex(comparedTo: old.settings) {
                let documents = Self.liveDocuments(old.views)
                views = []
                if !documents.isEmpty {
                    let (segment, registry) = Self.buildSegment(documents, plan: plan, fields: fields)
                    fields = registry
                    views = [SegmentView(segment: segment)]
                }
            }
            return (IndexGeneration(settings: settings, primaryKey: old.primaryKey, version: old.version + 1,
                                    fields: fields, views: views, plan: plan), ())
        }
    }

    /// Sets the primary key of an index that has none yet.
    public func setPrimaryKey(_ key: String) throws(EngineError) {
        try write { old throws(EngineError) in
            if let existing = old.primaryKey, existing != key, old.documentCount > 0 {
                throw EngineError("index_primary_key_already_exists", "Index `\(uid)` already has a primary key: `\(existing)`.")
            }
            return (IndexGeneration(settings: old.settings, primaryKey: key, version: old.version + 1,
                                    fields: old.fields, views: old.views, plan: old.plan), ())
        }
    }

    // MARK: - Writing

    /// Runs `body` with the current generation under the writer lock and publishes the one it returns.
    func write<T, E: Error>(_ body: (IndexGeneration) throws(E) -> (IndexGeneration, T)) throws(E) -> T {
        let result: Result<T, E> = writer.withLock { _ in
            let old = current.load(ordering: .acquiring)
            do throws(E) {
                let (next, value) = try body(old)
                current.store(next, ordering: .releasing)
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func resolvePrimaryKey(_ existing: String?, requested: String?, first: JSONValue?) throws(EngineError) -> String {
        if let existing {
            if let requested, requested != existing {
                throw EngineError("index_primary_key_already_exists", "The primary key is already set to `\(existing)`; it cannot be changed to `\(requested)`.")
            }
            return existing
        }
        if let requested { return requested }
        guard let first else {
            throw EngineError("index_primary_key_no_candidate_found", "The primary key inference failed as the engine did not find any document.")
        }
        return try DocumentID.inferPrimaryKey(from: first)
    }

    /// A new generation with `batch` appended as a segment; earlier copies of the same ids are deleted.
    private static func appending(_ batch: [(id: String, object: JSONObject)], to old: IndexGeneration, primaryKey: String) -> IndexGeneration {
        guard !batch.isEmpty else {
            return IndexGeneration(settings: old.settings, primaryKey: primaryKey, version: old.version + 1,
                                   fields: old.fields, views: old.views, plan: old.plan)
        }
        let ids = batch.map(\.id)
        var views = removing(ids, from: old.views)
        let (segment, fields) = buildSegment(batch, plan: old.plan, fields: old.fields)
        views.append(SegmentView(segment: segment, live: lastOccurrences(ids, count: segment.count)))
        let merged = mergeSmallSegments(views, plan: old.plan, fields: fields)
        return IndexGeneration(settings: old.settings, primaryKey: primaryKey, version: old.version + 1,
                               fields: merged.fields, views: merged.views, plan: old.plan)
    }

    static func buildSegment(_ documents: [(id: String, object: JSONObject)], plan: IndexingPlan, fields: FieldRegistry) -> (Segment, FieldRegistry) {
        var builder = SegmentBuilder(plan: plan, registry: fields)
        for document in documents {
            builder.add(id: document.id, document: document.object, json: JSONValue.object(document.object).serialized())
        }
        return builder.build()
    }

    /// Keeps the segment count logarithmic under a stream of small writes: drops segments with no live
    /// document, merges the `mergeFanIn` newest segments while the oldest of them is no larger than the
    /// others together (and the result stays under `maxMergedDocuments`), so each document is rebuilt about
    /// log₄(n) times; then merges adjacent segments, smallest pair first, until at most `maxSegments` remain.
    static func mergeSmallSegments(_ views: [SegmentView], plan: IndexingPlan, fields: FieldRegistry) -> (views: [SegmentView], fields: FieldRegistry) {
        var views = views.filter { !$0.live.isEmpty }, fields = fields
        func merge(_ range: Range<Int>) {
            let (segment, registry) = buildSegment(liveDocuments(Array(views[range])), plan: plan, fields: fields)
            fields = registry
            views.replaceSubrange(range, with: [SegmentView(segment: segment)])
        }
        while views.count >= mergeFanIn {
            let window = (views.count - mergeFanIn)..<views.count
            let sizes = views[window].map(\.live.count)
            let total = sizes.reduce(0, +)
            guard sizes[0] <= total - sizes[0], total <= maxMergedDocuments else { break }
            merge(window)
        }
        while views.count > maxSegments {
            var best = 0, bestSize = Int.max
            for index in 0..<(views.count - 1) {
                let size = views[index].live.count + views[index + 1].live.count
                if size < bestSize { best = index; bestSize = size }
            }
            merge(best..<(best + 2))
        }
        return (views, fields)
    }

    /// Every live document of `views`, in order, re-read from its stored JSON.
    static func liveDocuments(_ views: [SegmentView]) -> [(id: String, object: JSONObject)] {
        var documents: [(id: String, object: JSONObject)] = []
        for view in views {
            for local in view.live.sortedIDs() {
                guard case .object(let object)? = try? JSONParser.parse(Array(view.segment.store.document(local))) else { continue }
                documents.append((view.segment.store.id(local), object))
            }
        }
        return documents
    }

    /// Where the live document with this id is among `views`, if any (the newest segment wins).
    static func locate(_ id: String, in views: [SegmentView]) -> (view: Int, local: UInt32)? {
        for index in views.indices.reversed() {
            if let local = views[index].segment.store.lookup(id), views[index].live.contains(local) {
                return (index, local)
            }
        }
        return nil
    }

    private static func next(_ old: IndexGeneration, views: [SegmentView]) -> IndexGeneration {
        IndexGeneration(settings: old.settings, primaryKey: old.primaryKey, version: old.version + 1,
                        fields: old.fields, views: views, plan: old.plan)
    }
}
