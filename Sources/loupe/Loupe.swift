import ArgumentParser

/// `loupe`: serve search and pricing, generate demo data, and operate indexes.
@main
struct Loupe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loupe",
        abstract: "Fast search and pricing for MedusaJS stores.",
        subcommands: [ServeCommand.self, GenerateCommand.self, VerifyCommand.self, ReindexCommand.self,
                      DumpCommand.self, ImportDumpCommand.self])
}
