import Foundation
import Indexer
import LoupeJSON
import Logging

/// Rebuilds the server's state from a data directory: the newest valid snapshot (falling back to older
/// ones when a snapshot is damaged), then every log record after it, in LSN order.
///
/// A torn log tail — the last records of the last non-empty log file failing their checksum, as a crash
/// in the middle of a write leaves them — is cut off (those writes were never reported succeeded). Any
/// other damage (a bad record followed by good files, a gap in LSNs, log records missing before the
/// first one kept while no snapshot covers them) stops recovery with an error instead of serving a
/// half-applied state.
struct Recovery {
    /// What recovery found, for the log and for the journal that continues after it.
    struct Report: Sendable {
        var snapshotLSN: UInt64?
        var damagedSnapshots: [String] = []
        var replayedRecords = 0
        var cutBytes = 0
        var nextLSN: UInt64 = 1
        var nextTaskUid = 0
        /// The database sync's checkpoint saved with the snapshot, to resume from.
        var sync: SyncSnapshotSection.Restored?
    }

    let directory: DataDirectory
    let logger: Logger

    func run(into state: ServerState) throws(SnapshotError) -> Report {
        var report = Report()
        for snapshot in directory.snapshotFiles() {
            do throws(SnapshotError) {
                let loaded = try ServerSnapshot.read(snapshot.path)
                install(loaded, into: state)
                report.snapshotLSN = loaded.lsn
                report.nextLSN = loaded.lsn + 1
                report.nextTaskUid = loaded.nextTaskUid
                report.sync = loaded.sync
                break
            } catch {
                logger.error("snapshot is damaged; trying an older one", metadata: ["file": .string(snapshot.path), "error": .string(error.message)])
                report.damagedSnapshots.append(snapshot.path)
                // Set aside, so it never counts among the snapshots kept for a later fallback.
                try? FileManager.default.moveItem(atPath: snapshot.path, toPath: snapshot.path + ".damaged")
            }
        }
        try replay(into: state, report: &report)
        return report
    }

    /// Puts a loaded snapshot's keys and indexes into `state` (replacing indexes with the same uid).
    func install(_ loaded: ServerSnapshot.Loaded, into state: ServerState) {
        if let master = state.keys.masterKey {
            for key in loaded.keys { state.keys.restore(key.apiKey(masterKey: master)) }
        } else if !loaded.keys.isEmpty {
            logger.warning("the snapshot holds API keys but no master key is set: they stay unavailable", metadata: ["keys": .stringConvertible(loaded.keys.count)])
        }
        for entry in loaded.indexes {
            state.indexes.remove(entry.index.uid)
            state.indexes.insert(entry.index, at: entry.createdAt)
            state.indexes.touch(entry.index.uid, at: entry.updatedAt)
        }
    }

    private func replay(into state: ServerState, report: inout Report) throws(SnapshotError) {
        let files = directory.logFiles()
        if let first = files.first, first.firstLSN > report.nextLSN, report.snapshotLSN != nil || first.firstLSN > 1 {
            throw SnapshotError("log records \(report.nextLSN)...\(first.firstLSN - 1) are gone and no valid snapshot covers them")
        }
        if files.isEmpty, !report.damagedSnapshots.isEmpty, report.snapshotLSN == nil {
            throw SnapshotError("every snapshot is damaged and no log is left to rebuild from")
        }
        for (position, file) in files.enumerated() {
            let reader = try FrameFileReader(path: file.path)
            readLoop: while true {
                switch reader.next() {
                case .end:
                    break readLoop
                case .frame(let payload):
                    let record = try JournalRecord(decoding: payload)
                    if record.lsn < report.nextLSN { continue }
                    guard record.lsn == report.nextLSN else {
                        throw SnapshotError("log gap in \(file.path): expected record \(report.nextLSN), found \(record.lsn)")
                    }
                    apply(record, to: state)
                    report.nextLSN = record.lsn + 1
                    if let task = record.taskUid { report.nextTaskUid = max(report.nextTaskUid, task + 1) }
                    report.replayedRecords += 1
                case .damaged(let offset, let reason):
                    let later = files[(position + 1)...].contains { Self.size($0.path) > 0 }
                    guard !later else { throw SnapshotError("\(file.path) is damaged at byte \(offset) (\(reason)) and later logs exist") }
                    report.cutBytes += Self.size(file.path) - offset
                    try DurableFiles.truncate(file.path, to: offset)
                    logger.warning("cut off a torn log tail", metadata: ["file": .string(file.path), "offset": .stringConvertible(offset),
                                                                         "reason": .string(reason)])
                    break readLoop
                }
            }
        }
    }

    private func apply(_ record: JournalRecord, to state: ServerState) {
        guard let operation = record.operation else { return }
        var details = JSONObject()
        do throws(APIError) {
            try operation.apply(to: state, at: record.time, details: &details)
        } catch {
            logger.error("a logged write failed on replay", metadata: ["lsn": .stringConvertible(record.lsn), "error": .string(error.message)])
        }
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
