import ArgumentParser
import Foundation
import LoupeJSON

/// `loupe verify`: asks a running server to compare what it holds in memory (documents and price rows)
/// with a fresh read of its database, prints every difference, and exits 1 when there is one.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Compare a running server's memory with its database; print every difference (exit 1 if any).")

    @OptionGroup var server: ServerOptions

    func run() async throws {
        let answer = try await server.client.call("POST", "/sync/verify").json
        let differences = answer["differences"]?.arrayValue ?? []
        for difference in differences {
            let fields = difference["fields"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let kind = difference["kind"]?.stringValue ?? "?", table = difference["table"]?.stringValue ?? "?"
            print("\(kind)\t\(table)\t\(difference["id"]?.stringValue ?? "?")" + (fields.isEmpty ? "" : "\tfields: \(fields.joined(separator: ", "))"))
        }
        let count = answer["count"]?.numberValue?.int64Value ?? Int64(differences.count)
        if count == 0 {
            print("in sync: memory equals the database")
        } else {
            print("\(count) difference(s)" + (count > differences.count ? " (first \(differences.count) shown)" : ""))
            throw ExitCode(1)
        }
    }
}
