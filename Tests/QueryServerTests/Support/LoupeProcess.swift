import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoupeJSON
import XCTest

/// A `loupe serve` child process on a free port, and a small HTTP client for it: for tests of what only a
/// real process shows (signals, `kill -9`, exit status, the operator commands).
final class LoupeProcess: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()
    private(set) var port = 0
    private(set) var log = ""

    /// The `loupe` executable built next to the test bundle (`swift build --build-tests` builds it).
    static func executable() throws -> URL {
        let bundle = Bundle(for: LoupeProcess.self).bundleURL
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("loupe")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let message = "the loupe executable is not built next to \(bundle.path): run `swift build` first"
        if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail(message) }
        throw XCTSkip(message)
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

    /// Starts the server with a data directory and waits until it listens (recovery included).
    convenience init(dataDir: String, extra: [String] = []) throws {
        try self.init(serve: ["--data-dir", dataDir] + extra)
    }

    /// Starts `loupe serve --port 0` with `arguments` and waits until it listens.
    init(serve arguments: [String]) throws {
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", "0", "--log-level", "info"] + arguments
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        let handle = output.fileHandleForReading
        while port == 0 {
            let chunk = handle.availableData
            guard !chunk.isEmpty else { throw ProcessFailure("loupe serve exited before listening: \(log)") }
            log += String(decoding: chunk, as: UTF8.self)
            if let range = log.range(of: "Loupe is listening on http://127.0.0.1:") {
                let digits = log[range.upperBound...].prefix { $0.isNumber }
                port = Int(digits) ?? 0
            }
            if Date() > deadline { throw ProcessFailure("loupe serve did not start in time: \(log)") }
        }
        let reader = output.fileHandleForReading
        reader.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if !data.isEmpty { self?.append(String(decoding: data, as: UTF8.self)) }
        }
    }

    private let logLock = NSLock()
    private func append(_ text: String) { logLock.lock(); log += text; logLock.unlock() }
    var logText: String { logLock.lock(); defer { logLock.unlock() }; return log }

    /// SIGKILL: no shutdown code runs.
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
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

    func stop() {
        process.terminate()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }

    /// Sends a request; returns the status and the JSON body (`null` when empty or not JSON).
    func call(_ method: String, _ path: String, json: JSONValue? = nil, timeout: TimeInterval = 30) async throws -> (status: Int, json: JSONValue) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: timeout)
        request.httpMethod = method
        if let json {
            request.httpBody = Data(json.serialized())
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, (try? JSONParser.parse([UInt8](data))) ?? .null)
    }
}

/// The server did not come up (a failed recovery ends here): the test fails with its log.
struct ProcessFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
