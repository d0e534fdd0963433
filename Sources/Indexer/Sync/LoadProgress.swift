/// How far a running full load (initial load or reindex) has come: rows read from Postgres so far, the
/// rows expected (counted in the load's own snapshot, an upper bound: unpublished products are counted),
/// and from them the rate and the time left.
public struct LoadProgress: Sendable, Equatable {
    public var rowsRead = 0
    public var expectedRows: Int?
    public var seconds: Double = 0

    public init(rowsRead: Int = 0, expectedRows: Int? = nil, seconds: Double = 0) {
        self.rowsRead = rowsRead
        self.expectedRows = expectedRows
        self.seconds = seconds
    }

    public var rowsPerSecond: Double { seconds > 0 ? Double(rowsRead) / seconds : 0 }

    /// Seconds left at the current rate; nil until rows arrive or when nothing is expected.
    public var etaSeconds: Double? {
        guard let expectedRows, rowsPerSecond > 0 else { return nil }
        return Double(max(0, expectedRows - rowsRead)) / rowsPerSecond
    }

    /// One statement counting the rows a full load reads: live products, plus every row of the pricing
    /// tables when prices are read. The table names are this module's constants, not input.
    static func expectedRowsSQL(prices: Bool) -> String {
        let tables = prices ? PriceOwnerKind.allCases.flatMap { $0.reads.map(\.table) } : []
        let counts = ["(SELECT count(*) FROM product WHERE deleted_at IS NULL)"] + tables.map { "(SELECT count(*) FROM \($0))" }
        return "SELECT (" + counts.joined(separator: " + ") + ")::bigint"
    }
}
