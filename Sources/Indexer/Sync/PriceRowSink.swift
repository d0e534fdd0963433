import LoupeJSON

/// Rows of Medusa's pricing tables, keyed by table name, each row a JSON object with the table's
/// columns (`price_set`, `price`, `price_rule`, `price_list`, `price_list_rule`, `price_preference`,
/// `product_variant_price_set`). `json` is the `{"table": [rows…]}` document Pricing's
/// `PriceBookRows(json:)` decodes. Soft-deleted rows are included with `deleted_at` set.
public struct PriceRows: Sendable, Equatable {
    public var tables: [String: [JSONObject]] = [:]

    public init(tables: [String: [JSONObject]] = [:]) { self.tables = tables }

    public var rowCount: Int { tables.values.reduce(0) { $0 + $1.count } }

    public var json: JSONValue {
        .object(JSONObject(tables.keys.sorted().map { (key: $0, value: .array(tables[$0, default: []].map(JSONValue.object))) }))
    }

    mutating func append(_ row: JSONObject, to table: String) { tables[table, default: []].append(row) }
}

/// One poll's price changes. Each `complete…` list names owners whose *every* row is in `rows` (rows
/// the sink holds for them but that are not in `rows` were hard-deleted): price sets (their `price_set`,
/// `price` and `price_rule` rows), price lists (`price_list` and `price_list_rule`), variants (their
/// `product_variant_price_set` links). `removed…` owners no longer exist at all.
public struct PriceRowChanges: Sendable, Equatable {
    public var rows = PriceRows()
    public var completePriceSetIDs: [String] = []
    public var removedPriceSetIDs: [String] = []
    public var completePriceListIDs: [String] = []
    public var removedPriceListIDs: [String] = []
    public var completeVariantIDs: [String] = []
    /// When true, `rows["price_preference"]` is the complete new set of preferences.
    public var preferencesComplete = false

    public init() {}

    public var isEmpty: Bool {
        completePriceSetIDs.isEmpty && removedPriceSetIDs.isEmpty && completePriceListIDs.isEmpty
            && removedPriceListIDs.isEmpty && completeVariantIDs.isEmpty && !preferencesComplete
    }
}

/// Where a `CatalogSync` hands price rows (Pricing's PriceBook, through an adapter the caller owns; the
/// Indexer never imports Pricing). Calls come from the sync's thread, after the index swap of the same
/// poll; a throw keeps the watermark where it was, so the poll is repeated.
public protocol PriceRowSink: AnyObject {
    /// Every row of the pricing tables (initial load and full reloads): replaces what the sink holds.
    func replaceAll(_ rows: PriceRows) throws
    /// One poll's changes.
    func apply(_ changes: PriceRowChanges) throws
    /// The rows the sink holds, if it can tell (lets `verify` compare prices too); nil otherwise.
    func heldRows() -> PriceRows?
}

extension PriceRowSink {
    public func heldRows() -> PriceRows? { nil }
}
