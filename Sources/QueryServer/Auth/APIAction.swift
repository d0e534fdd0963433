/// The permissions an API key can hold (Meilisearch's `actions`), and which one a route needs.
///
/// A key's action list may hold `*` (everything), an exact action, or a family wildcard such as
/// `documents.*`, which covers every action of that family.
public enum APIAction: String, Sendable, CaseIterable {
    case search
    case documentsAdd = "documents.add", documentsGet = "documents.get", documentsDelete = "documents.delete"
    case indexesCreate = "indexes.create", indexesGet = "indexes.get", indexesUpdate = "indexes.update"
    case indexesDelete = "indexes.delete", indexesSwap = "indexes.swap"
    case tasksGet = "tasks.get", tasksCancel = "tasks.cancel", tasksDelete = "tasks.delete"
    case settingsGet = "settings.get", settingsUpdate = "settings.update"
    case statsGet = "stats.get", metricsGet = "metrics.get"
    case dumpsCreate = "dumps.create", snapshotsCreate = "snapshots.create"
    case version
    case keysGet = "keys.get", keysCreate = "keys.create", keysUpdate = "keys.update", keysDelete = "keys.delete"
    /// Loupe's pricing endpoints (`/prices/calculate`, `/carts/price`): for the store backend's key.
    case pricesCalculate = "prices.calculate"
    /// The Postgres sync's admin routes (`GET /sync`, `POST /sync/verify`, `POST /sync/reindex`).
    case syncGet = "sync.get", syncVerify = "sync.verify", syncReindex = "sync.reindex"

    /// Action names a key may be created with: every action, `*`, and each family's `x.*`.
    static let acceptedNames: Set<String> = {
        var names = Set(allCases.map(\.rawValue))
        names.insert("*")
        for action in allCases {
            if let dot = action.rawValue.firstIndex(of: ".") { names.insert(action.rawValue[..<dot] + ".*") }
        }
        return names
    }()

    /// Whether a key holding `granted` may perform this action.
    func isCovered(by granted: [String]) -> Bool {
        granted.contains { name in
            if name == "*" || name == rawValue { return true }
            guard name.hasSuffix(".*") else { return false }
            return rawValue.hasPrefix(name.dropLast())
        }
    }
}
