import LoupeJSON

extension Index {
    /// Applies one sync batch as a single new generation: `upserts` replace (or add) whole documents by
    /// id and `deletions` remove documents, so searches see either none or all of the batch. With
    /// `replacingAll`, every old document is dropped first (a full reload; list the ones not coming back in
    /// `deletions` to have them counted). Sets the primary key `primaryKey` when the index has none. Returns how many documents were deleted.
    @discardableResult
    public func applySyncBatch(upserts: [(id: String, object: JSONObject)], deletions: [String],
                               replacingAll: Bool = false, primaryKey: String) -> Int {
        write { old in
            let deleted = deletions.reduce(0) { $0 + (Self.locate($1, in: old.views) == nil ? 0 : 1) }
            var views = replacingAll ? [] : Self.removing(deletions + upserts.map(\.id), from: old.views)
            var fields = old.fields
            if !upserts.isEmpty {
                let (segment, registry) = Self.buildSegment(upserts, plan: old.plan, fields: fields)
                fields = registry
                views.append(SegmentView(segment: segment, live: Self.lastOccurrences(upserts.map(\.id), count: segment.count)))
            }
            let merged = Self.mergeSmallSegments(views, plan: old.plan, fields: fields)
            let next = IndexGeneration(settings: old.settings, primaryKey: old.primaryKey ?? primaryKey,
                                       version: old.version + 1, fields: merged.fields, views: merged.views, plan: old.plan)
            return (next, deleted)
        }
    }

    /// Every live document's id, in index order.
    func allDocumentIDs() -> [String] {
        generation.views.flatMap { view in view.live.sortedIDs().map { view.segment.store.id($0) } }
    }

    /// Every live document's id and stored JSON, in index order.
    func allDocuments() -> [(id: String, json: [UInt8])] {
        generation.views.flatMap { view in
            view.live.sortedIDs().map { (view.segment.store.id($0), Array(view.segment.store.document($0))) }
        }
    }
}
