import Foundation
import LoupeJSON
#if canImport(Glibc)
import Glibc
#endif

/// A `loupe serve` child process on a free loopback port: the binary `scripts/bench` built
/// (`LOUPE_BENCH_LOUPE`). `init` returns as soon as the process is started; `waitSearchable` waits until
/// it serves; `stop` ends it with SIGTERM (a graceful shutdown) and waits.
final class LoupeProcess {
    let port: Int
    private let process = Process()

    static var binary: String {
        guard let path = ProcessInfo.processInfo.environment["LOUPE_BENCH_LOUPE"], !path.isEmpty else {
            fatalError("LOUPE_BENCH_LOUPE is not set: run the suite through scripts/bench, which builds loupe")
        }
        return path
    }

    /// Starts `loupe serve ARGUMENTS --port P` on a port that was free a moment ago.
    init(_ arguments: [String]) throws {
        port = try Self.freePort()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", String(port), "--log-level", "warning"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.standardError
        try process.run()
    }

    deinit { stop() }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// Waits until `/health` says available and a search for `query` finds `id` (connections are refused
    /// until the server listens, which it does once its state is loaded).
    func waitSearchable(query: String, id: String) throws {
        let connection = try connectWhenListening()
        while true {
            let health = try connection.send("GET", "/health")
            if health.status == 200, (try? JSONParser.parse(health.body))?["status"]?.stringValue == "available" { break }
            Thread.sleep(forTimeInterval: 0.002)
        }
        let request: JSONValue = ["q": .string(query), "limit": 20, "attributesToRetrieve": ["id"]]
        let body = request.serialized()
        while true {
            let response = try connection.send("POST", "/indexes/products/search", json: body)
            let hits = (try? JSONParser.parse(response.body))?["hits"]?.arrayValue ?? []
            if hits.contains(where: { $0["id"]?.stringValue == id }) { return }
            Thread.sleep(forTimeInterval: 0.002)
        }
    }

    private func connectWhenListening() throws -> HTTPConnection {
        while true {
            do {
                return try HTTPConnection(port: port)
            } catch HTTPConnection.Failure.connect(ECONNREFUSED) {
                guard process.isRunning else { throw Failure.exited(process.terminationStatus) }
                Thread.sleep(forTimeInterval: 0.002)
            }
        }
    }

    private static func freePort() throws -> Int {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard probe >= 0 else { throw Failure.noPort }
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(probe, pointer, length) == 0 && getsockname(probe, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    enum Failure: Error {
        case exited(Int32)
        case noPort
    }
}
