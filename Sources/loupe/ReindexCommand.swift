import ArgumentParser
import Foundation
import LoupeJSON

/// `loupe reindex`: asks a running server for a full reload from its database (the old generation
/// keeps serving until the new one swaps in) and follows it until it finishes: a progress bar with rows
/// read, rows/s and ETA on a terminal, plain progress lines otherwise, then rows read and rows per second.
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Reload a running server's database-fed index in full and follow the job to its end.")

    @OptionGroup var server: ServerOptions

    @Option(help: "The database-fed index to reload (Loupe syncs one: products).")
    var index = "products"

    @Option(help: "Give up following after this many seconds (the reload itself goes on).")
    var timeout: Double = 3600

    @Option(help: "Seconds between two plain progress lines when standard output is not a terminal.")
    var progressInterval: Double = 5

    func validate() throws {
        if index != "products" { throw ValidationError("only the database-fed index `products` can be reindexed, not `\(index)`") }
        if !(1...86_400).contains(timeout) { throw ValidationError("--timeout must be between 1 and 86400 seconds") }
        if !(0.1...3600).contains(progressInterval) { throw ValidationError("--progress-interval must be between 0.1 and 3600 seconds") }
    }

    func run() async throws {
        let client = server.client
        _ = try await client.call("POST", "/sync/reindex")
        let terminal = isatty(STDOUT_FILENO) == 1
        let started = ContinuousClock.now
        var lastLine = ContinuousClock.now - .seconds(3600)
        while ContinuousClock.now - started < .seconds(timeout) {
            let sync = try await client.call("GET", "/sync").json
            let reindex = sync["reindex"] ?? .null
            let status = reindex["status"]?.stringValue ?? "unknown"
            let elapsed = Double((ContinuousClock.now - started) / .milliseconds(1)) / 1000
            if status == "succeeded" || status == "failed" {
                if terminal { print("") }
                return try finish(reindex, status: status, elapsed: elapsed)
            }
            let progress = status == "running" ? ReindexProgress(sync["fullLoadProgress"]) : nil
            if terminal {
                let line = progress?.bar ?? String(format: "%@ %.1f s", status, elapsed)
                print("\u{1B}[2K\rreindexing \(index): \(line)", terminator: "")
                fflush(nil)
            } else if ContinuousClock.now - lastLine >= .milliseconds(Int64(progressInterval * 1000)) {
                print("reindex \(index): " + (progress?.plainLine ?? String(format: "%@ after %.0f s", status, elapsed)))
                fflush(nil)
                lastLine = .now
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw ValidationError("stopped following after \(timeout) s; the reload goes on (see GET /sync)")
    }

    private func finish(_ reindex: JSONValue, status: String, elapsed: Double) throws {
        guard status == "succeeded" else {
            print("reindex failed: \(reindex["error"]?.stringValue ?? "unknown error")")
            throw ExitCode(1)
        }
        let result = reindex["result"] ?? .null
        let rows = result["rowsRead"]?.numberValue?.doubleValue ?? 0
        let seconds = max(result["seconds"]?.numberValue?.doubleValue ?? elapsed, 0.001)
        let documents = Int(result["changedDocuments"]?.numberValue?.int64Value ?? 0)
        print(String(format: "reindexed %@: %d documents, %.0f rows in %.1f s (%.0f rows/s)", index, documents, rows, seconds, rows / seconds))
    }
}
