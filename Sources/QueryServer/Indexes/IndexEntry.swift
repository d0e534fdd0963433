import Indexer

/// One index the server holds, with the times Meilisearch reports for it.
public struct IndexEntry: Sendable {
    public let index: Index
    public let createdAt: Timestamp
    public var updatedAt: Timestamp

    public var uid: String { index.uid }
}
