/// Everything a `CatalogSync` needs to resume polling after a restart without a full reload: its
/// `SyncState` (watermark and fingerprints) and the ids it holds per entity with their buckets (so a
/// bucket whose fingerprint moved can still be re-read whole), plus — filled in by whoever persists it —
/// the price rows its sink held.
///
/// A checkpoint is published after every applied poll, so its watermark never runs ahead of the
/// documents already in the index: a persisted checkpoint read *before* the index generation it is
/// saved with may only be older than those documents, and replaying a poll is idempotent.
public struct SyncCheckpoint: Sendable {
    public var state: SyncState
    var known: [String: BucketedIDs]
    /// The sink's rows at (or after) the cut; nil when the sync has no price sink.
    public var priceRows: PriceRows?

    init(state: SyncState, known: [String: BucketedIDs], priceRows: PriceRows? = nil) {
        self.state = state
        self.known = known
        self.priceRows = priceRows
    }

    /// Ids held, over every entity.
    public var heldIDCount: Int { known.values.reduce(0) { $0 + $1.count } }
}
