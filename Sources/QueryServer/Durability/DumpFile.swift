import Foundation
import Indexer
import Logging

/// `loupe dump` and `loupe import-dump`, offline: a dump is a snapshot file (documents, settings, API
/// keys — see `ServerSnapshot`) written from a data directory no server is using, and imported into a
/// fresh data directory as its first snapshot.
public enum DumpFile {
    /// Recovers the data directory at `dataDir` and writes its whole state to `path`. Keys are included
    /// when `masterKey` is the instance's master key (their secrets are derived from it again on import).
    public static func export(dataDir: String, to path: String, masterKey: String?, logger: Logger) async throws(SnapshotError) -> (indexes: Int, documents: Int, keys: Int) {
        guard FileManager.default.fileExists(atPath: dataDir + "/wal") || FileManager.default.fileExists(atPath: dataDir + "/snapshots") else {
            throw SnapshotError("\(dataDir) is not a Loupe data directory")
        }
        let state = state(masterKey: masterKey)
        let durability = try await Durability.open(path: dataDir, state: state, logger: logger)
        defer { durability.close() }
        let content = await state.tasks.atCut { nextUid in
            ServerSnapshot.Content(lsn: 0, nextTaskUid: nextUid, keys: state.keys.all.map(StoredKey.init),
                                   indexes: state.indexes.all().map { ($0.uid, $0.createdAt, $0.updatedAt, $0.index.generation) })
        }
        try ServerSnapshot.write(content, to: absolute(path))
        return (content.indexes.count, content.indexes.reduce(0) { $0 + $1.generation.documentCount }, content.keys.count)
    }

    /// Loads the dump at `path` into the fresh data directory `dataDir` and snapshots it there.
    public static func importDump(_ path: String, dataDir: String, masterKey: String?, logger: Logger) async throws(SnapshotError) -> (indexes: Int, documents: Int, keys: Int) {
        let directory = DataDirectory(path: dataDir)
        guard directory.snapshotFiles().isEmpty, directory.logFiles().allSatisfy({ Recovery.size($0.path) == 0 }) else {
            throw SnapshotError("\(dataDir) already holds data: import a dump into a new data directory")
        }
        let loaded = try ServerSnapshot.read(absolute(path))
        let state = state(masterKey: masterKey)
        let durability = try await Durability.open(path: dataDir, state: state, logger: logger)
        defer { durability.close() }
        Recovery(directory: directory, logger: logger).install(loaded, into: state)
        await state.tasks.startLogging(to: durability.journal, nextUid: loaded.nextTaskUid)
        try await durability.snapshot(of: state)
        return (loaded.indexes.count, loaded.indexes.reduce(0) { $0 + $1.index.documentCount }, masterKey == nil ? 0 : loaded.keys.count)
    }

    private static func state(masterKey: String?) -> ServerState {
        var configuration = ServerConfiguration()
        configuration.masterKey = masterKey
        return ServerState(configuration: configuration)
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
