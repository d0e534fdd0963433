import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
@testable import QueryServer
import XCTest

/// A temporary data directory, removed by `remove()`.
struct TemporaryDirectory {
    let path = NSTemporaryDirectory() + "loupe-durable-\(UUID().uuidString)"

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// The newest (highest-numbered) file of `sub` ending in `suffix`, if any.
    func newest(_ sub: String, suffix: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path + "/" + sub)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().last.map { path + "/" + sub + "/" + $0 }
    }

    func files(_ sub: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path + "/" + sub)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { path + "/" + sub + "/" + $0 }
    }
}

/// Runs `body` against an in-process application whose state is recovered from `directory` and whose
/// writes go to its log; the log is closed afterwards, as at a clean shutdown.
func withDurableServer(_ directory: TemporaryDirectory, masterKey: String? = nil,
                       _ body: @escaping @Sendable (TestServer, ServerState, Durability) async throws -> Void) async throws {
    var configuration = ServerConfiguration()
    configuration.masterKey = masterKey
    configuration.port = 0
    configuration.logLevel = .error
    let state = ServerState(configuration: configuration)
    var logger = Logger(label: "durability-test")
    logger.logLevel = .critical
    let durability = try await Durability.open(path: directory.path, state: state, logger: logger)
    defer { durability.close() }
    let app = LoupeServer.buildApplication(state: state, durability: durability)
    try await app.test(.router) { client in
        try await body(TestServer(client: client, bearer: masterKey), state, durability)
    }
}

/// Flips one byte in the middle of `path`.
func damage(_ path: String, at fraction: Double = 0.5) throws {
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    guard !bytes.isEmpty else { return }
    bytes[min(bytes.count - 1, Int(Double(bytes.count) * fraction))] ^= 0x20
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}
