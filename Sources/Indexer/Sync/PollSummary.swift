/// What one `initialLoad` or `poll` did.
public struct PollSummary: Sendable, Equatable {
    /// Whether this was a full read (initial load, wraparound or a watermark too far behind).
    public var fullLoad = false
    /// Product documents written (added or replaced) and removed.
    public var changedDocuments = 0
    public var deletedDocuments = 0
    /// Price sets, price lists and variants whose price rows were handed to the sink; price sets and
    /// lists the sink was told are gone.
    public var changedPriceOwners = 0
    public var removedPriceOwners = 0
    /// Rows read from Postgres (documents + price rows).
    public var rowsRead = 0
    /// Transaction ids between the previous and the new watermark (how far the database moved).
    public var lagTransactions: UInt64 = 0
    /// The new watermark (snapshot xmin).
    public var watermark: UInt64 = 0
    /// Wall-clock seconds spent, database and apply together.
    public var seconds: Double = 0
    /// Rows skipped because they could not be used, each naming table and id.
    public var skipped: [String] = []

    public init() {}
}
