import Foundation
import LoupeJSON
import Synchronization

/// Search latency over HTTP (one client, sequential, the query mix) against a `loupe serve` child,
/// first with nothing else going on, then while another connection asks for snapshot after snapshot
/// (`POST /snapshots` answers once the file is written): only searches that started or ended while a
/// snapshot was being written count for the second set.
struct SnapshotSearch {
    let port: Int
    let queries: [[UInt8]]
    let seconds: Double

    struct Outcome {
        var quiet: [Duration] = []
        var duringSnapshot: [Duration] = []
        var snapshots = 0
    }

    func run() throws -> Outcome {
        var outcome = Outcome()
        let connection = try HTTPConnection(port: port)
        var next = 0
        try searchFor(seconds, connection, &next, overlaps: { false }) { latency, _ in outcome.quiet.append(latency) }

        let loop = SnapshotLoop(port: port)
        loop.start()
        defer { _ = try? loop.stop() }
        try searchFor(seconds, connection, &next, overlaps: { loop.isWriting }) { latency, overlapped in
            if overlapped { outcome.duringSnapshot.append(latency) }
        }
        outcome.snapshots = try loop.stop()
        return outcome
    }

    /// Searches one after the other for `seconds`; `record` gets each latency and whether `overlaps` was
    /// true when it started or ended.
    private func searchFor(_ seconds: Double, _ connection: HTTPConnection, _ next: inout Int, overlaps: () -> Bool,
                           record: (Duration, Bool) -> Void) throws {
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1_000))
        while ContinuousClock.now < deadline {
            let overlappedAtStart = overlaps()
            let started = ContinuousClock.now
            let response = try connection.send("POST", "/indexes/products/search", json: queries[next % queries.count])
            let latency = ContinuousClock.now - started
            guard response.status == 200 else { throw SnapshotFailure.rejected(response.status) }
            record(latency, overlappedAtStart || overlaps())
            next += 1
        }
    }

}

enum SnapshotFailure: Error {
    case rejected(Int)
    case client(String)
}

/// Asks for one snapshot after the other on its own thread and connection until stopped; says whether a
/// snapshot is being written right now.
final class SnapshotLoop: Sendable {
    private let port: Int
    private let writing = Atomic<Bool>(false)
    private let stopping = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)
    private let written = Atomic<Int>(0)
    private let failure = Mutex<String?>(nil)

    init(port: Int) { self.port = port }

    var isWriting: Bool { writing.load(ordering: .acquiring) }

    func start() {
        Thread { [self] in
            defer { finished.store(true, ordering: .releasing) }
            do {
                let admin = try HTTPConnection(port: port)
                while !stopping.load(ordering: .acquiring) {
                    writing.store(true, ordering: .releasing)
                    let response = try admin.send("POST", "/snapshots")
                    writing.store(false, ordering: .releasing)
                    guard response.status == 202 else { throw SnapshotFailure.rejected(response.status) }
                    written.add(1, ordering: .relaxed)
                }
            } catch {
                writing.store(false, ordering: .releasing)
                failure.withLock { $0 = "\(error)" }
            }
        }.start()
    }

    /// Stops after the snapshot in progress; the number written.
    @discardableResult
    func stop() throws -> Int {
        stopping.store(true, ordering: .releasing)
        while !finished.load(ordering: .acquiring) { Thread.sleep(forTimeInterval: 0.01) }
        if let message = failure.withLock({ $0 }) { throw SnapshotFailure.client(message) }
        return written.load(ordering: .relaxed)
    }
}
