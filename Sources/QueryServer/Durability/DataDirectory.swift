import Foundation
import Indexer

/// The layout of a data directory: `wal/<first LSN>.log` log files and `snapshots/<LSN>.snapshot`
/// snapshot files (names are 20-digit zero-padded numbers, so name order is number order), plus a `LOCK`
/// file held with `flock` while a server uses the directory.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    var logDirectory: String { path + "/wal" }
    var snapshotDirectory: String { path + "/snapshots" }

    func logPath(firstLSN: UInt64) -> String { logDirectory + "/" + Self.name(firstLSN) + ".log" }
    func snapshotPath(lsn: UInt64) -> String { snapshotDirectory + "/" + Self.name(lsn) + ".snapshot" }

    /// Creates the directories when missing.
    func create() throws(SnapshotError) {
        do {
            for directory in [path, logDirectory, snapshotDirectory] {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        } catch {
            throw SnapshotError("cannot create the data directory \(path): \(error.localizedDescription)")
        }
    }

    /// Log files, oldest first, with the LSN each starts at.
    func logFiles() -> [(firstLSN: UInt64, path: String)] {
        numbered(logDirectory, suffix: ".log").map { ($0.number, $0.path) }
    }

    /// Snapshot files, newest first, with the LSN each covers.
    func snapshotFiles() -> [(lsn: UInt64, path: String)] {
        numbered(snapshotDirectory, suffix: ".snapshot").reversed().map { ($0.number, $0.path) }
    }

    private func numbered(_ directory: String, suffix: String) -> [(number: UInt64, path: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name -> (UInt64, String)? in
            guard name.hasSuffix(suffix), let number = UInt64(name.dropLast(suffix.count)) else { return nil }
            return (number, directory + "/" + name)
        }.sorted { $0.0 < $1.0 }
    }

    /// Takes the directory's `LOCK` (an exclusive `flock`); returns the descriptor to pass to `unlock`.
    func lock() throws(SnapshotError) -> Int32 {
        let descriptor = open(path + "/LOCK", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SnapshotError("cannot open \(path)/LOCK") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw SnapshotError("the data directory \(path) is in use by another Loupe process")
        }
        return descriptor
    }

    static func unlock(_ descriptor: Int32) { close(descriptor) }

    static func name(_ number: UInt64) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }
}
