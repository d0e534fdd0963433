import Indexer
import LoupeJSON

/// Consecutive writes that the task queue applies as one (Meilisearch's auto-batching).
///
/// Document additions (same index, mode and `primaryKey` parameter) join one another, and so do
/// deletions by id; anything else (settings, index changes, deletion by filter or of all documents,
/// `skipCreation`) is a batch of its own. A batch applies as one combined `WriteOperation` — one new
/// index generation — which is also what the write-ahead log records, so recovery replays it as one.
/// Applying the concatenation in order gives what applying each write in turn gives (later documents win,
/// merges build on earlier ones). When the combined write fails, the batch is split in halves and each is
/// applied the same way, down to single writes: a bad write fails only its own task.
struct WriteBatch {
    /// One write of the batch and the details of its task (filled in by `apply`).
    struct Entry {
        let operation: WriteOperation
        let time: Timestamp
        var details: JSONObject
    }

    /// What applying the batch did, in order: the log records it needs.
    enum Step {
        /// `entries[range]` applied together as `operation` at `time`.
        case applied(range: Range<Int>, operation: WriteOperation, time: Timestamp)
        case failed(entry: Int, error: APIError)
    }

    /// Documents (or ids) a batch gathers at most, so one batch's generation stays quick to build.
    static let maxDocuments = 10_000

    var entries: [Entry]

    /// How many documents or ids `operation` carries when it can join a batch; nil when it cannot.
    static func joinableSize(_ operation: WriteOperation) -> Int? {
        switch operation {
        case .addDocuments(_, let documents, _, _, let skipCreation):
            skipCreation || documents.isEmpty ? nil : documents.count
        case .deleteDocuments(_, let ids):
            ids.count
        default:
            nil
        }
    }

    /// Whether `next` may follow `first` in one batch.
    static func joins(_ next: WriteOperation, _ first: WriteOperation) -> Bool {
        guard joinableSize(next) != nil, joinableSize(first) != nil else { return false }
        switch (first, next) {
        case (.addDocuments(let index, _, let primaryKey, let merge, _), .addDocuments(let nextIndex, _, let nextKey, let nextMerge, _)):
            return index == nextIndex && primaryKey == nextKey && merge == nextMerge
        case (.deleteDocuments(let index, _), .deleteDocuments(let nextIndex, _)):
            return index == nextIndex
        default:
            return false
        }
    }

    /// Applies every entry in order to `state`, filling each entry's details; returns the steps to log.
    mutating func apply(to state: ServerState) -> [Step] {
        var steps: [Step] = []
        apply(entries.indices, to: state, steps: &steps)
        return steps
    }

    private mutating func apply(_ range: Range<Int>, to state: ServerState, steps: inout [Step]) {
        guard range.count > 1 else {
            let position = range.lowerBound
            let entry = entries[position]
            do throws(APIError) {
                try entry.operation.apply(to: state, at: entry.time, details: &entries[position].details)
                steps.append(.applied(range: range, operation: entry.operation, time: entry.time))
            } catch {
                steps.append(.failed(entry: position, error: error))
            }
            return
        }
        let combined = combinedOperation(range)
        let time = entries[range.upperBound - 1].time
        let deleted = deletedPerEntry(range, state: state)
        var scratch = JSONObject()
        do throws(APIError) {
            try combined.apply(to: state, at: time, details: &scratch)
        } catch {
            let middle = range.lowerBound + range.count / 2
            apply(range.lowerBound..<middle, to: state, steps: &steps)
            apply(middle..<range.upperBound, to: state, steps: &steps)
            return
        }
        for position in range {
            switch entries[position].operation {
            case .addDocuments(_, let documents, _, _, _):
                entries[position].details["indexedDocuments"] = .int(documents.count)
            default:
                entries[position].details["deletedDocuments"] = .int(deleted[position - range.lowerBound])
            }
        }
        steps.append(.applied(range: range, operation: combined, time: time))
    }

    /// The one write doing what `entries[range]` do in turn.
    private func combinedOperation(_ range: Range<Int>) -> WriteOperation {
        switch entries[range.lowerBound].operation {
        case .addDocuments(let index, _, let primaryKey, let merge, _):
            var documents: [JSONValue] = []
            for entry in entries[range] {
                if case .addDocuments(_, let more, _, _, _) = entry.operation { documents += more }
            }
            return .addDocuments(index: index, documents: documents, primaryKey: primaryKey, merge: merge, skipCreation: false)
        case .deleteDocuments(let index, _):
            var ids: [String] = []
            for entry in entries[range] {
                if case .deleteDocuments(_, let more) = entry.operation { ids += more }
            }
            return .deleteDocuments(index: index, ids: ids)
        default:
            return entries[range.lowerBound].operation
        }
    }

    /// For deletions by id: how many documents each entry would delete in its turn (an id counts for the
    /// first entry naming it, and only when the document exists before the batch).
    private func deletedPerEntry(_ range: Range<Int>, state: ServerState) -> [Int] {
        guard case .deleteDocuments(let uid, _) = entries[range.lowerBound].operation,
              let generation = state.indexes.index(uid)?.generation else { return [] }
        var gone = Set<String>()
        return entries[range].map { entry in
            guard case .deleteDocuments(_, let ids) = entry.operation else { return 0 }
            var count = 0
            for id in ids where !gone.contains(id) && generation.document(id: id) != nil {
                gone.insert(id)
                count += 1
            }
            return count
        }
    }
}
