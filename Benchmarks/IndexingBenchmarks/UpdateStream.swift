import Foundation
import Indexer
import Synchronization

/// A background writer replacing one product at a time at a steady rate (a live change feed), until
/// stopped; searches measured meanwhile see generations being swapped under them.
final class UpdateStream: Sendable {
    private let running = Atomic<Bool>(false)
    private let applied = Atomic<Int>(0)
    private let finished = Mutex<Bool>(false)
    private let index: Index
    private let updates: ProductUpdates
    private let perSecond: Int

    init(index: Index, updates: ProductUpdates, perSecond: Int) {
        self.index = index
        self.updates = updates
        self.perSecond = perSecond
    }

    /// Writes applied so far.
    var count: Int { applied.load(ordering: .relaxed) }

    func start() {
        running.store(true, ordering: .releasing)
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Asks the writer to stop and waits until it has.
    func stop() {
        running.store(false, ordering: .releasing)
        while !finished.withLock({ $0 }) { usleep(1_000) }
    }

    private func run() {
        let interval = 1.0 / Double(perSecond)
        var due = Date().timeIntervalSinceReferenceDate
        while running.load(ordering: .acquiring) {
            do {
                try index.addDocuments([updates.advance()])
            } catch {
                fatalError("update failed: \(error)")
            }
            applied.add(1, ordering: .relaxed)
            due += interval
            let wait = due - Date().timeIntervalSinceReferenceDate
            if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
        }
        finished.withLock { $0 = true }
    }
}
