import ArgumentParser
import Logging
import QueryServer

/// `loupe import-dump FILE`: creates a data directory holding a dump's documents, settings and API keys;
/// then `loupe serve --data-dir DIR` serves it.
struct ImportDumpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-dump",
        abstract: "Load a dump file into a new data directory (then serve it with `loupe serve --data-dir`).")

    @Argument(help: "Dump file written by `loupe dump`.")
    var file: String

    @Option(help: "New data directory to create.")
    var dataDir = "./loupe-data"

    @Option(help: "Master key of the new instance: API keys are restored with secrets derived from it.")
    var masterKey: String?

    func run() async throws {
        let key = masterKey ?? MasterKeyEnvironment.value
        let loaded = try await DumpFile.importDump(file, dataDir: dataDir, masterKey: key, logger: Logger(label: "loupe"))
        print("imported \(loaded.indexes) indexes, \(loaded.documents) documents and \(loaded.keys) API keys into \(dataDir)")
    }
}
