/// One row encoder per `PriceTable`, counting rows and handing full buffers to a sink.
///
/// Rows are flushed whole: a buffer goes to the sink once it passes `flushThreshold` bytes after
/// a row ends, and `finish` hands over what is left, so every chunk the sink sees ends with a
/// newline.
struct TableRows {
    private var encoders: [RowEncoder]
    private(set) var counts: [Int]
    private let flushThreshold: Int

    init(flushThreshold: Int) {
        self.flushThreshold = flushThreshold
        encoders = PriceTable.allCases.map { _ in RowEncoder(reservingCapacity: min(flushThreshold, 1 << 16) + 1_024) }
        counts = Array(repeating: 0, count: PriceTable.allCases.count)
    }

    /// Encodes one row of `table` with `body` and ends it; flushes that table's buffer when full.
    mutating func row<E: Error>(
        _ table: PriceTable, to sink: (PriceTable, [UInt8]) throws(E) -> Void, _ body: (inout RowEncoder) -> Void
    ) throws(E) {
        let position = table.position
        encoders[position].openObject()
        body(&encoders[position])
        encoders[position].closeObject()
        encoders[position].endRow()
        counts[position] += 1
        if encoders[position].count >= flushThreshold {
            try sink(table, encoders[position].bytes)
            encoders[position].reset()
        }
    }

    /// Hands every non-empty buffer to the sink.
    mutating func finish<E: Error>(to sink: (PriceTable, [UInt8]) throws(E) -> Void) throws(E) {
        for table in PriceTable.allCases where encoders[table.position].count > 0 {
            try sink(table, encoders[table.position].bytes)
            encoders[table.position].reset()
        }
    }

    func count(of table: PriceTable) -> Int { counts[table.position] }
}

extension PriceTable {
    /// Position in `allCases`, for array-indexed per-table state.
    var position: Int {
        switch self {
        case .priceSet: 0
        case .price: 1
        case .priceRule: 2
        case .priceList: 3
        case .priceListRule: 4
        case .pricePreference: 5
        case .productVariantPriceSet: 6
        case .customerGroup: 7
        case .region: 8
        }
    }
}
