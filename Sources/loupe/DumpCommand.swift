import ArgumentParser
import Foundation
import Logging
import QueryServer

/// `loupe dump`: writes the documents, settings and API keys of a data directory to one file (offline:
/// stop the server using the directory first).
struct DumpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write the documents, settings and API keys of a stopped instance's data directory to a dump file.")

    @Option(help: "Data directory of the instance (the server must be stopped).")
    var dataDir = "./loupe-data"

    @Option(help: "Dump file to write.")
    var out: String

    @Option(help: "The instance's master key: needed to include its API keys (also LOUPE_MASTER_KEY or MEILI_MASTER_KEY).")
    var masterKey: String?

    func run() async throws {
        let key = masterKey ?? MasterKeyEnvironment.value
        let written = try await DumpFile.export(dataDir: dataDir, to: out, masterKey: key, logger: Logger(label: "loupe"))
        print("dumped \(written.indexes) indexes, \(written.documents) documents and \(written.keys) API keys to \(out)")
    }
}

/// The master key from the environment, as `loupe serve` reads it.
enum MasterKeyEnvironment {
    static var value: String? {
        let environment = ProcessInfo.processInfo.environment
        return environment["LOUPE_MASTER_KEY"] ?? environment["MEILI_MASTER_KEY"]
    }
}
