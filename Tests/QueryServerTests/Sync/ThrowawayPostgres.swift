import Foundation
import TestDatabase
import XCTest

/// A PostgreSQL cluster of the test's own (initdb + pg_ctl on a free port, as `start_test_postgres` in
/// scripts/lib/common.sh makes the suite's), so a test can stop and start the server without touching
/// the shared one. Needs the server binaries (/usr/lib/postgresql/*/bin), which the suite's server
/// implies; without them the test is skipped, or fails when `CI=true`. As root, the commands run as the
/// `postgres` user (initdb refuses root).
final class ThrowawayPostgres: @unchecked Sendable {
    let directory: String
    let port: Int
    private let bin: String

    var url: String { "postgresql://loupe@127.0.0.1:\(port)/postgres" }

    init() throws {
        _ = try SyncTestDatabase.serverURL()
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let version = versions.compactMap(Int.init).max() else {
            let message = "no PostgreSQL server binaries under /usr/lib/postgresql"
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail(message) }
            throw XCTSkip(message)
        }
        bin = "/usr/lib/postgresql/\(version)/bin"
        directory = NSTemporaryDirectory() + "loupe-pg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if geteuid() == 0 { try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: directory) }
        port = try Self.freePort()
        try run("initdb", "-D", "\(directory)/data", "-U", "loupe", "--auth=trust", "-E", "UTF8")
        try start()
    }

    deinit {
        try? run("pg_ctl", "-D", "\(directory)/data", "-m", "immediate", "stop")
        try? FileManager.default.removeItem(atPath: directory)
    }

    func start() throws {
        try run("pg_ctl", "-D", "\(directory)/data", "-l", "\(directory)/log", "-w", "-t", "60", "-o",
                "-c listen_addresses=127.0.0.1 -p \(port) -k \(directory) -c fsync=off -c full_page_writes=off", "start")
    }

    /// A fast shutdown: open connections are closed, the server is gone when this returns.
    func stop() throws {
        try run("pg_ctl", "-D", "\(directory)/data", "-m", "fast", "-w", "stop")
    }

    /// Runs a server tool through python3's `subprocess` (which closes every inherited descriptor in the
    /// child): Foundation's `Process` learns that a child ended when a socket it shares with it closes, and
    /// the postmaster `pg_ctl start` leaves running would otherwise keep that socket — and those of any
    /// other process the test started — open forever.
    private func run(_ tool: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let command = (geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []) + ["\(bin)/\(tool)"] + arguments
        process.arguments = ["python3", "-c", "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"] + command
        let errorPath = "\(directory)/\(tool).err"
        guard FileManager.default.createFile(atPath: errorPath, contents: nil) else { throw ProcessFailure("cannot create \(errorPath)") }
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        defer { try? errors.close() }
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw ProcessFailure("\(tool) failed: \(message)")
        }
    }

    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ProcessFailure("socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw ProcessFailure("cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
