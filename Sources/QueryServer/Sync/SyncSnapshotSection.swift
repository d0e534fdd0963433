import Indexer

/// The database sync's part of a server snapshot: which index it feeds, its checkpoint (watermark,
/// fingerprints, held ids) and the price rows its sink held, so a restarted server resumes polling from
/// the watermark and rebuilds its price book from the rows instead of reloading everything.
public struct SyncSnapshotSection: Sendable {
    let indexUid: String
    let checkpoint: SyncCheckpoint
    let prices: PriceBookSink.HeldRows?

    /// What a snapshot gives back: the index uid and the checkpoint with its price rows.
    public struct Restored: Sendable {
        public let indexUid: String
        public let checkpoint: SyncCheckpoint
    }

    /// Appends the checkpoint's frames (the price rows converted here, off the cut).
    func write(to file: FrameFileWriter) throws(SnapshotError) {
        var checkpoint = checkpoint
        checkpoint.priceRows = prices?.rows
        try checkpoint.write(to: file)
    }

    static func read(indexUid: String, from file: FrameFileReader) throws(SnapshotError) -> Restored {
        Restored(indexUid: indexUid, checkpoint: try SyncCheckpoint.read(from: file))
    }
}
