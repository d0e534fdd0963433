import Foundation
import LoupeJSON
import Synchronization

/// Many clients, each on its own thread and keep-alive connection, posting one document per request to
/// `POST /indexes/products/documents` for a fixed time; then waits until the last accepted task is
/// `succeeded` (tasks succeed in log order, once their record is fsynced) and reports durable writes per
/// second over the whole span.
struct WriteClients {
    let port: Int
    let clients: Int
    let seconds: Double
    /// Request bodies (`[document]`), cycled through.
    let bodies: [[UInt8]]

    struct Outcome {
        let accepted: Int
        let writesPerSecond: Double
    }

    /// What the client threads share.
    private final class Tally: Sendable {
        let accepted = Atomic<Int>(0)
        let lastTask = Atomic<Int>(-1)
        let failure = Mutex<String?>(nil)
    }

    func run() throws -> Outcome {
        let tally = Tally()
        let group = DispatchGroup()
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int64(seconds * 1_000))
        for client in 0..<clients {
            group.enter()
            Thread { [port, bodies, clients] in
                defer { group.leave() }
                do {
                    let connection = try HTTPConnection(port: port)
                    var next = client
                    while ContinuousClock.now < deadline {
                        let response = try connection.send("POST", "/indexes/products/documents", json: bodies[next % bodies.count])
                        next += clients
                        guard response.status == 202,
                              let uid = (try JSONParser.parse(response.body))["taskUid"]?.numberValue?.int64Value.map(Int.init) else {
                            throw WriteFailure.rejected(response.status, String(decoding: response.body, as: UTF8.self))
                        }
                        tally.accepted.add(1, ordering: .relaxed)
                        tally.lastTask.max(uid, ordering: .relaxed)
                    }
                } catch {
                    tally.failure.withLock { $0 = $0 ?? "\(error)" }
                }
            }.start()
        }
        group.wait()
        if let message = tally.failure.withLock({ $0 }) { throw WriteFailure.client(message) }
        try waitSucceeded(task: tally.lastTask.load(ordering: .relaxed))
        let span = ContinuousClock.now - started
        let spanSeconds = Double(span.components.seconds) + Double(span.components.attoseconds) / 1e18
        let count = tally.accepted.load(ordering: .relaxed)
        return Outcome(accepted: count, writesPerSecond: Double(count) / spanSeconds)
    }

    private func waitSucceeded(task uid: Int) throws {
        guard uid >= 0 else { return }
        let connection = try HTTPConnection(port: port)
        while true {
            let response = try connection.send("GET", "/tasks/\(uid)")
            switch (try JSONParser.parse(response.body))["status"]?.stringValue ?? "" {
            case "succeeded": return
            case "failed", "canceled": throw WriteFailure.rejected(response.status, String(decoding: response.body, as: UTF8.self))
            default: Thread.sleep(forTimeInterval: 0.001)
            }
        }
    }

    enum WriteFailure: Error {
        case rejected(Int, String)
        case client(String)
    }
}
