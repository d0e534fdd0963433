import Indexer
import LoupeJSON
import Pricing
import Synchronization

/// Feeds the server's price book from the Postgres sync: holds every pricing row by table and id,
/// applies each poll's changes to them (an owner named complete has all its rows in the change, so its
/// old rows are dropped first) and publishes a book rebuilt from the rows.
///
/// Rebuilding costs about 2 s per million prices (release, 2 cores) and happens only on polls that
/// change prices; readers keep the previous book until the new one is published. Rows the price book
/// cannot decode (a NULL where a value is required, an unparsable amount) and rows it refuses (a link or
/// rule pointing at nothing) are skipped, counted (`skippedRows`) and described with their table and id
/// (`problems`, for the log), so one bad row never stops the sync.
public final class PriceBookSink: PriceRowSink, Sendable {
    private struct Held {
        var tables: [String: [String: JSONObject]] = [:]
        var skippedRows = 0
        var problems: [String] = []
    }

    /// At most this many problems are kept per published book.
    static let maxProblems = 100

    private let store: PriceBookStore
    private let configuration: PricingConfiguration
    private let held = Mutex(Held())

    public init(store: PriceBookStore, configuration: PricingConfiguration = PricingConfiguration()) {
        self.store = store
        self.configuration = configuration
    }

    /// Rows of the last published book that could not be decoded.
    public var skippedRows: Int { held.withLock { $0.skippedRows } }

    /// The skipped rows of the last published book, each `table id: reason` (the first `maxProblems`).
    public var problems: [String] { held.withLock { $0.problems } }

    public func replaceAll(_ rows: PriceRows) throws {
        var tables: [String: [String: JSONObject]] = [:]
        for (table, list) in rows.tables {
            for row in list { tables[table, default: [:]][Self.key(row)] = row }
        }
        try publish(tables)
    }

    public func apply(_ changes: PriceRowChanges) throws {
        guard !changes.isEmpty else { return }
        var tables = held.withLock { $0.tables }
        let sets = Set(changes.completePriceSetIDs + changes.removedPriceSetIDs)
        let lists = Set(changes.completePriceListIDs + changes.removedPriceListIDs)
        let variants = Set(changes.completeVariantIDs)
        let droppedPrices = Set((tables["price"] ?? [:]).values.filter { sets.contains(Self.text($0, "price_set_id")) }.map(Self.key))
        Self.remove(from: &tables, "price_set") { sets.contains(Self.key($0)) }
        Self.remove(from: &tables, "price") { sets.contains(Self.text($0, "price_set_id")) }
        Self.remove(from: &tables, "price_rule") { droppedPrices.contains(Self.text($0, "price_id")) }
        Self.remove(from: &tables, "price_list") { lists.contains(Self.key($0)) }
        Self.remove(from: &tables, "price_list_rule") { lists.contains(Self.text($0, "price_list_id")) }
        Self.remove(from: &tables, "product_variant_price_set") { variants.contains(Self.text($0, "variant_id")) }
        if changes.preferencesComplete { tables["price_preference"] = [:] }
        for (table, list) in changes.rows.tables {
            for row in list { tables[table, default: [:]][Self.key(row)] = row }
        }
        try publish(tables)
    }

    public func heldRows() -> PriceRows? { heldNow().rows }

    /// The rows held at this instant, as a value that costs nothing to take (a snapshot takes it at its
    /// cut and converts it on its own thread).
    public struct HeldRows: Sendable {
        let tables: [String: [String: JSONObject]]

        /// The rows by table, each table in id order.
        public var rows: PriceRows { PriceRows(tables: tables.mapValues { rows in rows.keys.sorted().compactMap { rows[$0] } }) }
    }

    public func heldNow() -> HeldRows { HeldRows(tables: held.withLock { $0.tables }) }

    private func publish(_ tables: [String: [String: JSONObject]]) throws {
        var rows = PriceBookRows()
        var skipped = 0
        var problems: [String] = []
        for table in PriceBookRows.tableNames {
            for (key, row) in tables[table] ?? [:] {
                do throws(PricingError) {
                    try rows.append(table: table, row: .object(row), position: "\(table) \(key)")
                } catch {
                    skipped += 1
                    if problems.count < Self.maxProblems { problems.append("\(table) \(key): \(error)") }
                }
            }
        }
        let book = try PriceBook(rows: rows, configuration: configuration)
        for issue in book.issues.prefix(max(0, Self.maxProblems - problems.count)) {
            problems.append("\(Self.table(of: issue.kind)) \(issue.id): \(issue.detail)")
        }
        store.replace(with: book)
        held.withLock { $0 = Held(tables: tables, skippedRows: skipped + book.issues.count, problems: problems) }
    }

    /// The table of the row a price book issue names.
    private static func table(of kind: PriceBookIssue.Kind) -> String {
        switch kind {
        case .priceInUnknownList, .priceOfOtherSet, .duplicateId, .tooManyCurrencies: return "price"
        case .ruleOfUnknownPrice, .tooManyRules: return "price_rule"
        case .ruleOfUnknownList: return "price_list_rule"
        case .linkToUnknownPriceSet: return "product_variant_price_set"
        }
    }

    private static func remove(from tables: inout [String: [String: JSONObject]], _ table: String, where matches: (JSONObject) -> Bool) {
        guard let rows = tables[table] else { return }
        tables[table] = rows.filter { !matches($0.value) }
    }

    /// A row's identity: its `id` column (every Medusa pricing table has one).
    private static func key(_ row: JSONObject) -> String { text(row, "id") }

    private static func text(_ row: JSONObject, _ column: String) -> String { row[column]?.stringValue ?? "" }
}
