import Indexer
import LoupeJSON
import Pricing

/// A `PriceRowSink` that applies the contract literally — complete owners replace all their rows,
/// removed owners lose theirs — and checks that every row it gets decodes with Pricing's row decoder.
final class RecordingPriceSink: PriceRowSink {
    private(set) var tables: [String: [String: JSONObject]] = [:]
    private(set) var applied: [PriceRowChanges] = []
    private(set) var decodeErrors: [String] = []

    func replaceAll(_ rows: PriceRows) throws {
        check(rows)
        tables = [:]
        for (table, list) in rows.tables { for row in list { tables[table, default: [:]][Self.key(row)] = row } }
    }

    func apply(_ changes: PriceRowChanges) throws {
        check(changes.rows)
        applied.append(changes)
        let sets = Set(changes.completePriceSetIDs + changes.removedPriceSetIDs)
        let pricesLeaving = Set(tables["price", default: [:]].values.filter { sets.contains($0["price_set_id"]?.stringValue ?? "") }
            .compactMap { $0["id"]?.stringValue })
        drop("price_set") { sets.contains($0["id"]?.stringValue ?? "") }
        drop("price") { pricesLeaving.contains($0["id"]?.stringValue ?? "") }
        drop("price_rule") { pricesLeaving.contains($0["price_id"]?.stringValue ?? "") }
        let lists = Set(changes.completePriceListIDs + changes.removedPriceListIDs)
        drop("price_list") { lists.contains($0["id"]?.stringValue ?? "") }
        drop("price_list_rule") { lists.contains($0["price_list_id"]?.stringValue ?? "") }
        let variants = Set(changes.completeVariantIDs)
        drop("product_variant_price_set") { variants.contains($0["variant_id"]?.stringValue ?? "") }
        if changes.preferencesComplete { tables["price_preference"] = [:] }
        for (table, list) in changes.rows.tables { for row in list { tables[table, default: [:]][Self.key(row)] = row } }
    }

    func heldRows() -> PriceRows? {
        PriceRows(tables: tables.mapValues { rows in rows.keys.sorted().compactMap { rows[$0] } })
    }

    func rows(_ table: String) -> [String: JSONObject] { tables[table] ?? [:] }

    private func drop(_ table: String, where shouldDrop: (JSONObject) -> Bool) {
        tables[table] = tables[table]?.filter { !shouldDrop($0.value) }
    }

    private func check(_ rows: PriceRows) {
        do { _ = try PriceBookRows(json: rows.json) } catch { decodeErrors.append("\(error)") }
    }

    private static func key(_ row: JSONObject) -> String { row["id"]?.stringValue ?? "" }
}
