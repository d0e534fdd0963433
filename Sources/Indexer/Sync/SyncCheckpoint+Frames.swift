import LoupeJSON

/// A `SyncCheckpoint` as snapshot frames: a `state` frame (watermark and fingerprints), the held ids
/// and the price rows in chunks of at most `chunkSize` items, and an `end` frame with the totals, so a
/// missing chunk is detected. Each frame starts with its tag.
extension SyncCheckpoint {
    private enum Frame: UInt8 { case state = 1, ids = 2, priceRows = 3, end = 4 }

    static let chunkSize = 16_384

    /// Appends the checkpoint's frames to `file`.
    public func write(to file: FrameFileWriter) throws(SnapshotError) {
        var head = ByteWriter()
        head.byte(Frame.state.rawValue)
        head.bool(state.watermark != nil)
        head.fixed64(state.watermark ?? 0)
        head.varint(state.fingerprints.count)
        for (entity, tables) in state.fingerprints.sorted(by: { $0.key < $1.key }) {
            head.string(entity)
            head.varint(tables.count)
            for (table, fingerprint) in tables.sorted(by: { $0.key < $1.key }) {
                head.string(table)
                head.varint(fingerprint.buckets.count)
                for (bucket, value) in fingerprint.buckets.sorted(by: { $0.key < $1.key }) {
                    head.varint(bucket)
                    head.signed(value.count)
                    head.signed(value.hashSum)
                }
            }
        }
        head.varint(known.count)
        for entity in known.keys.sorted() { head.string(entity) }
        head.bool(priceRows != nil)
        try file.append(head.bytes)

        var ids = 0, rows = 0
        for (entity, held) in known.sorted(by: { $0.key < $1.key }) {
            ids += try Self.writeChunks(held.pairs, frame: .ids, name: entity, to: file) { frame, pair in
                frame.string(pair.id)
                frame.varint(pair.bucket)
            }
        }
        for (table, list) in (priceRows?.tables ?? [:]).sorted(by: { $0.key < $1.key }) {
            rows += try Self.writeChunks(list, frame: .priceRows, name: table, to: file) { frame, row in
                frame.data(JSONValue.object(row).serialized())
            }
        }
        var end = ByteWriter()
        end.byte(Frame.end.rawValue)
        end.varint(ids)
        end.varint(rows)
        try file.append(end.bytes)
    }

    /// Writes `items` as frames of at most `chunkSize`: tag, `name`, count, then each item. Returns the count.
    private static func writeChunks<Item>(_ items: [Item], frame tag: Frame, name: String, to file: FrameFileWriter,
                                          encode: (inout ByteWriter, Item) -> Void) throws(SnapshotError) -> Int {
        for start in stride(from: 0, to: items.count, by: chunkSize) {
            let chunk = items[start..<min(start + chunkSize, items.count)]
            var frame = ByteWriter(capacity: chunk.count * 64)
            frame.byte(tag.rawValue)
            frame.string(name)
            frame.varint(chunk.count)
            for item in chunk { encode(&frame, item) }
            try file.append(frame.bytes)
        }
        return items.count
    }

    /// Reads the frames `write(to:)` appended; throws when any is missing, damaged or inconsistent.
    public static func read(from file: FrameFileReader) throws(SnapshotError) -> SyncCheckpoint {
        var head = ByteReader(try file.require("sync state"))
        guard try head.byte() == Frame.state.rawValue else { throw SnapshotError("the sync section does not start with its state") }
        let hasWatermark = try head.bool()
        let watermark = try head.fixed64()
        var state = SyncState(watermark: hasWatermark ? watermark : nil)
        for _ in 0..<(try head.count()) {
            let entity = try head.string()
            var tables: [String: TableFingerprint] = [:]
            for _ in 0..<(try head.count()) {
                let table = try head.string()
                var fingerprint = TableFingerprint()
                for _ in 0..<(try head.count()) {
                    let bucket = try head.count()
                    fingerprint.buckets[bucket] = TableFingerprint.Bucket(count: try head.signed(), hashSum: try head.signed())
                }
                tables[table] = fingerprint
            }
            state.fingerprints[entity] = tables
        }
        var known: [String: BucketedIDs] = [:]
        for _ in 0..<(try head.count()) { known[try head.string()] = BucketedIDs() }
        let hasPriceRows = try head.bool()
        var checkpoint = SyncCheckpoint(state: state, known: known, priceRows: hasPriceRows ? PriceRows() : nil)

        var ids = 0, rows = 0
        while true {
            var frame = ByteReader(try file.require("sync section"))
            let tag = try frame.byte()
            switch Frame(rawValue: tag) {
            case .ids:
                let entity = try frame.string()
                guard checkpoint.known[entity] != nil else { throw SnapshotError("sync ids of undeclared entity `\(entity)`") }
                for _ in 0..<(try frame.count()) {
                    let id = try frame.string()
                    checkpoint.known[entity, default: BucketedIDs()].insert(id, bucket: try frame.count())
                    ids += 1
                }
            case .priceRows:
                guard checkpoint.priceRows != nil else { throw SnapshotError("sync price rows in a section declared without them") }
                let table = try frame.string()
                var list: [JSONObject] = []
                for _ in 0..<(try frame.count()) {
                    let bytes = Array(try frame.data())
                    guard case .object(let row)? = try? JSONParser.parse(bytes) else {
                        throw SnapshotError("a stored `\(table)` price row is not a JSON object")
                    }
                    list.append(row)
                }
                rows += list.count
                checkpoint.priceRows?.tables[table, default: []] += list
            case .end:
                let expectedIDs = try frame.count(limit: Int.max), expectedRows = try frame.count(limit: Int.max)
                guard expectedIDs == ids, expectedRows == rows else {
                    throw SnapshotError("the sync section announces \(expectedIDs) ids and \(expectedRows) price rows, holds \(ids) and \(rows)")
                }
                return checkpoint
            case .state, nil:
                throw SnapshotError("unexpected sync frame tag \(tag)")
            }
        }
    }
}
