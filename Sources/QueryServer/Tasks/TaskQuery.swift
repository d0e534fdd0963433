/// The filters of `GET /tasks`: `uids`, `statuses`, `types`, `indexUids` (comma-separated lists, `*` for
/// any), `limit` (default 20), `from` (the uid to start at), `reverse`, and the
/// `before|after` + `EnqueuedAt|StartedAt|FinishedAt` dates. Bad values are 400 with
/// Meilisearch's `invalid_task_*` codes; an unknown parameter is `bad_request`.
public struct TaskQuery: Sendable {
    var uids: Set<Int>?
    var batchUids: Set<Int>?
    var statuses: Set<TaskStatus>?
    var kinds: Set<TaskKind>?
    var indexUids: Set<String>?
    var limit = 20
    var from: Int?
    var reverse = false
    var dateBounds: [(field: DateField, before: Bool, bound: Timestamp)] = []

    enum DateField: String { case enqueuedAt = "EnqueuedAt", startedAt = "StartedAt", finishedAt = "FinishedAt" }

    static let parameters = ["uids", "statuses", "types", "indexUids", "limit", "from", "reverse", "canceledBy",
                             "batchUids", "beforeEnqueuedAt", "afterEnqueuedAt", "beforeStartedAt",
                             "afterStartedAt", "beforeFinishedAt", "afterFinishedAt"]

    init() {}

    init(parameters: [(key: String, value: String)]) throws(APIError) {
        for (key, value) in parameters {
            let items = value.split(separator: ",").map { String($0).trimmingSpaces }
            let any = items.contains("*")
            switch key {
            case "uids", "batchUids":
                if any { continue }
                var set = Set<Int>()
                for item in items {
                    guard let uid = Int(item), uid >= 0 else { throw Self.invalid(key, item, "a positive integer") }
                    set.insert(uid)
                }
                if key == "uids" { uids = set } else { batchUids = set }
            case "statuses":
                if any { continue }
                var set = Set<TaskStatus>()
                for item in items {
                    guard let status = TaskStatus(rawValue: item) else {
                        throw APIError(code: "invalid_task_statuses", message: "Invalid value in parameter `statuses`: `\(item)` is not a valid task status. Available statuses are \(TaskStatus.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")).")
                    }
                    set.insert(status)
                }
                statuses = set
            case "types":
                if any { continue }
                var set = Set<TaskKind>()
                for item in items {
                    guard let kind = TaskKind(rawValue: item) else {
                        throw APIError(code: "invalid_task_types", message: "Invalid value in parameter `types`: `\(item)` is not a valid task type. Available types are \(TaskKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")).")
                    }
                    set.insert(kind)
                }
                kinds = set
            case "indexUids":
                if any { continue }
                for item in items {
                    guard IndexUID.isValid(item) else {
                        throw APIError(code: "invalid_task_index_uids", message: "Invalid value in parameter `indexUids`: `\(item)` is not a valid index uid.")
                    }
                }
                indexUids = Set(items)
            case "limit":
                guard let number = Int(value), number >= 0 else { throw Self.invalid("limit", value, "a positive integer") }
                limit = number
            case "from":
                guard let number = Int(value), number >= 0 else { throw Self.invalid("from", value, "a positive integer") }
                from = number
            case "reverse":
                guard let flag = Bool(value) else { throw Self.invalid("reverse", value, "a boolean") }
                reverse = flag
            case "canceledBy":
                continue
            default:
                guard let field = Self.dateField(key) else {
                    throw APIError.badRequest("Unknown parameter `\(key)`: expected one of \(Self.parameters.map { "`\($0)`" }.joined(separator: ", "))")
                }
                guard let bound = Timestamp(rfc3339: value) else {
                    throw APIError(code: "invalid_task_\(key.snakeCasedParameter)", message: "Invalid value in parameter `\(key)`: `\(value)` is an invalid date-time. It should follow the YYYY-MM-DD or RFC 3339 date-time format.")
                }
                dateBounds.append((field.field, field.before, bound))
            }
        }
    }

    private static func dateField(_ key: String) -> (field: DateField, before: Bool)? {
        for prefix in ["before", "after"] where key.hasPrefix(prefix) {
            if let field = DateField(rawValue: String(key.dropFirst(prefix.count))) { return (field, prefix == "before") }
        }
        return nil
    }

    private static func invalid(_ key: String, _ value: String, _ expected: String) -> APIError {
        APIError(code: "invalid_task_\(key.snakeCasedParameter)", message: "Invalid value in parameter `\(key)`: could not parse `\(value)` as \(expected).")
    }

    func matches(_ record: TaskRecord) -> Bool {
        if let uids, !uids.contains(record.uid) { return false }
        if let batchUids, !batchUids.contains(record.batchUid ?? -1) { return false }
        if let statuses, !statuses.contains(record.status) { return false }
        if let kinds, !kinds.contains(record.kind) { return false }
        if let indexUids, !indexUids.contains(record.indexUid ?? "") { return false }
        for bound in dateBounds {
            let time: Timestamp? = switch bound.field {
            case .enqueuedAt: record.enqueuedAt
            case .startedAt: record.startedAt
            case .finishedAt: record.finishedAt
            }
            guard let time else { return false }
            if bound.before ? !(time < bound.bound) : !(bound.bound < time) { return false }
        }
        return true
    }
}

extension String {
    /// `indexUids` → `index_uids`, as Meilisearch names parameter error codes.
    var snakeCasedParameter: String {
        var result = ""
        for character in self {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
