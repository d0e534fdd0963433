import Foundation
import Indexer
import Synchronization

/// One committed title change: which product, the word only its new title contains, when COMMIT returned.
struct TitleChange: Sendable {
    let productID: String
    let word: String
    let committed: ContinuousClock.Instant
}

/// Plays the store: on its own connection and thread, renames `perSecond` products a second (one
/// `UPDATE product SET title` per transaction, on a fixed schedule) for `seconds`, each new title carrying
/// a word no other title has, and queues every change once its COMMIT returned.
final class TitleWriter: Sendable {
    private let changes = Mutex<[TitleChange]>([])
    private let finished = Atomic<Bool>(false)
    private let failure = Mutex<String?>(nil)

    /// Starts writing at once; `products` is the generated catalogue's size (ids `prod_g1`…).
    init(url: String, products: Int, perSecond: Int, seconds: Double) {
        let run = String(UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000_000, radix: 36)
        let thread = Thread { [self] in
            defer { finished.store(true, ordering: .releasing) }
            do {
                let connection = try PostgresConnection(url)
                let total = Int(Double(perSecond) * seconds)
                let start = ContinuousClock.now
                for k in 0..<total {
                    let due = start + .seconds(Double(k) / Double(perSecond))
                    if due > .now { Thread.sleep(forTimeInterval: Self.seconds(due - .now)) }
                    let id = "prod_g\(1 + (k * 7_919) % products)"
                    let word = "edit\(run)x\(String(k, radix: 36))"
                    try connection.query("UPDATE product SET title = $1 WHERE id = $2", ["Renamed \(word) product", id])
                    let change = TitleChange(productID: id, word: word, committed: .now)
                    changes.withLock { $0.append(change) }
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
        }
        thread.start()
    }

    /// The changes committed since the last call, oldest first.
    func takeCommitted() -> [TitleChange] { changes.withLock { list in defer { list = [] }; return list } }

    var isFinished: Bool { finished.load(ordering: .acquiring) }
    var error: String? { failure.withLock { $0 } }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
