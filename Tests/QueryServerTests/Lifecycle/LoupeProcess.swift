import Foundation
import XCTest

/// The built `loupe` executable run as a child process, for tests of what only a real process shows
/// (signals, exit status). It sits next to the test bundle in the build directory.
final class LoupeProcess {
    let process = Process()
    private let output = Pipe()
    private(set) var port = 0

    /// The `loupe` executable next to the test bundle.
    static func executable() throws -> URL {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("loupe")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw LoupeProcessError.noExecutable(binary.path) }
        return binary
    }

    /// Runs a `loupe` command to its end; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Starts `loupe serve` on a free port with `arguments` and waits (up to 60 s) until it listens.
    init(serve arguments: [String]) throws {
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", "0", "--log-level", "error"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            let chunk = output.fileHandleForReading.availableData
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: "listening on http://127.0.0.1:") {
                let digits = seen[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), seen[range.upperBound...].count > digits.count {
                    self.port = port
                    return
                }
            }
            if chunk.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        process.terminate()
        throw LoupeProcessError.didNotStart(output: seen)
    }

    func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits up to `seconds` for the process to exit; returns its status, or nil if it is still running.
    func waitForExit(seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

enum LoupeProcessError: Error {
    /// Build it with `swift build --build-tests` (scripts/test does).
    case noExecutable(String)
    case didNotStart(output: String)
}
