import Indexer
import Synchronization

/// The indexes of a running server, by uid.
///
/// Lookups take a short lock and return the `Index` (whose searches never wait on writers). Creating,
/// replacing and deleting indexes is meant to happen from the task queue, one change at a time; the lock
/// only keeps concurrent readers consistent. Listing is in uid order, as Meilisearch lists indexes.
public final class IndexRegistry: Sendable {
    private let entries = Mutex<[String: IndexEntry]>([:])

    public init() {}

    public func index(_ uid: String) -> Index? {
        entries.withLock { $0[uid]?.index }
    }

    public func entry(_ uid: String) -> IndexEntry? {
        entries.withLock { $0[uid] }
    }

    /// Every entry, sorted by uid.
    public func all() -> [IndexEntry] {
        entries.withLock { Array($0.values) }.sorted { $0.uid < $1.uid }
    }

    public var count: Int { entries.withLock { $0.count } }

    /// Adds `index`; returns false (and changes nothing) when an index with its uid exists.
    @discardableResult
    public func insert(_ index: Index, at time: Timestamp = .now()) -> Bool {
        entries.withLock { entries in
            guard entries[index.uid] == nil else { return false }
            entries[index.uid] = IndexEntry(index: index, createdAt: time, updatedAt: time)
            return true
        }
    }

    /// Records that the index changed.
    public func touch(_ uid: String, at time: Timestamp = .now()) {
        entries.withLock { $0[uid]?.updatedAt = time }
    }

    @discardableResult
    public func remove(_ uid: String) -> IndexEntry? {
        entries.withLock { $0.removeValue(forKey: uid) }
    }
}
