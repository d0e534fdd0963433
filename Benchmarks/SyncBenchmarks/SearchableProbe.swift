import Foundation
import Indexer

/// Finds out when each committed change became searchable. Polls swap in immutable generations, so every
/// change a generation holds becomes searchable at the same moment: when a new generation appears, each
/// pending change whose document in it carries the new title is stamped with that moment, and one real
/// search (the newest such change's word) must find its product — otherwise the run fails. Each latency is
/// measured from the change's COMMIT to the moment its generation was seen (checked every millisecond).
struct SearchableProbe {
    let index: Index
    /// A change not found for this long counts as lost and stops the run.
    var giveUp: Duration = .seconds(60)

    /// Latency of every change of `writer`, in commit order, until the writer is done and all are found.
    func latencies(of writer: TitleWriter) throws -> [Duration] {
        var pending: [TitleChange] = []
        var found: [Duration] = []
        var seen: IndexGeneration?   // held, so that its address cannot be reused by a newer one
        while true {
            pending += writer.takeCommitted()
            if pending.isEmpty && writer.isFinished {
                let rest = writer.takeCommitted()   // finished is set after the last change was queued
                if rest.isEmpty { break }
                pending = rest
            }
            let generation = index.generation
            let now = ContinuousClock.now
            if generation !== seen {
                seen = generation
                let applied = pending.filter { Self.holds(generation, $0) }
                if let newest = applied.last {
                    guard try isSearchable(newest) else { throw ProbeError.notFoundBySearch(newest.productID, newest.word) }
                    found += applied.map { now - $0.committed }
                    let words = Set(applied.map(\.word))
                    pending.removeAll { words.contains($0.word) }
                }
            }
            if let oldest = pending.first, now - oldest.committed > giveUp {
                throw ProbeError.neverSearchable(oldest.productID, oldest.word)
            }
            Thread.sleep(forTimeInterval: 0.001)
        }
        if let error = writer.error { throw ProbeError.writerFailed(error) }
        return found
    }

    /// Whether the generation's stored document of the product carries the change's word.
    private static func holds(_ generation: IndexGeneration, _ change: TitleChange) -> Bool {
        guard let bytes = generation.document(id: change.productID) else { return false }
        return String(decoding: bytes, as: UTF8.self).contains(change.word)
    }

    private func isSearchable(_ change: TitleChange) throws -> Bool {
        var request = SearchRequest(query: change.word)
        request.limit = 20
        request.attributesToRetrieve = ["id"]
        return try index.search(request).hitIDs.contains(change.productID)
    }

    enum ProbeError: Error {
        case neverSearchable(String, String)
        case notFoundBySearch(String, String)
        case writerFailed(String)
    }
}
