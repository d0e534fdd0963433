import Dispatch
import Foundation
import LoupeJSON
import Synchronization

extension Index {
    /// Adds or replaces documents given as NDJSON, parsing and indexing on every core at once.
    ///
    /// The bytes are cut into one chunk per core at line boundaries; each chunk becomes a segment built by
    /// its own thread from the same field registry, and the segments are published together. Like
    /// `addDocuments`, the batch is all or nothing: the first bad line (by line number) fails it with a typed
    /// error naming the line, and nothing changes. Returns how many documents were indexed.
    @discardableResult
    public func addDocuments(ndjson: [UInt8], primaryKey: String? = nil) throws(EngineError) -> Int {
        let chunks = Self.lineChunks(ndjson, count: max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)))
        return try write { old throws(EngineError) in
            let key = try Self.resolvePrimaryKey(old.primaryKey, requested: primaryKey,
                                                 first: try Self.firstDocument(ndjson))
            let outcomes = ChunkOutcomes(count: chunks.count)
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                outcomes.store(chunk, Self.buildChunk(ndjson, range: chunks[chunk].bytes, firstLine: chunks[chunk].firstLine,
                                                      primaryKey: key, plan: old.plan, fields: old.fields))
            }
            var fields = old.fields
            var built: [(segment: Segment, ids: [String])] = []
            for outcome in outcomes.values {
                switch outcome {
                case .failure(let error): throw error
                case .success(let chunk):
                    if chunk.ids.isEmpty { continue }
                    built.append((chunk.builder.build(into: &fields), chunk.ids))
                }
            }
            var views = old.views
            let count = built.reduce(0) { $0 + $1.ids.count }
            for (segment, ids) in built {
                views = Self.removing(ids, from: views)
                views.append(SegmentView(segment: segment, live: Self.lastOccurrences(ids, count: segment.count)))
            }
            let merged = Self.mergeSmallSegments(views, plan: old.plan, fields: fields)
            return (IndexGeneration(settings: old.settings, primaryKey: key, version: old.version + 1,
                                    fields: merged.fields, views: merged.views, plan: old.plan), count)
        }
    }

    /// A chunk's builder and the ids it holds, in order.
    struct BuiltChunk: @unchecked Sendable {
        var builder: SegmentBuilder
        var ids: [String]
    }

    private static func buildChunk(_ bytes: [UInt8], range: Range<Int>, firstLine: Int, primaryKey: String,
                                   plan: IndexingPlan, fields: FieldRegistry) -> Result<BuiltChunk, EngineError> {
        var builder = SegmentBuilder(plan: plan, registry: fields)
        var ids: [String] = []
        var writer = JSONWriter(capacity: 4096)
        do {
            try bytes.withUnsafeBytes { all in
                try JSONParser.forEachLine(UnsafeRawBufferPointer(rebasing: all[range])) { line, value in
                    let number = firstLine + line - 1
                    let id: String
                    do {
                        id = try DocumentID.extract(from: value, primaryKey: primaryKey, position: number - 1)
                    } catch let error as EngineError {
                        throw EngineError(error.code, "Line \(number): \(error.message)")
                    }
                    guard case .object(let object) = value else { return }
                    writer.bytes.removeAll(keepingCapacity: true)
                    writer.write(value)
                    builder.add(id: id, document: object, json: writer.bytes)
                    ids.append(id)
                }
            }
        } catch let error as EngineError {
            return .failure(error)
        } catch let error as JSONParseError {
            return .failure(EngineError("malformed_payload", "The NDJSON payload is invalid at line \(firstLine + error.line - 1), column \(error.column): \(error.message)"))
        } catch {
            return .failure(EngineError("malformed_payload", "The NDJSON payload is invalid: \(error)"))
        }
        return .success(BuiltChunk(builder: builder, ids: ids))
    }

    /// The first document, for primary-key inference.
    private static func firstDocument(_ bytes: [UInt8]) throws(EngineError) -> JSONValue? {
        guard let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "\n") }) ?? (bytes.isEmpty ? nil : bytes.count) else { return nil }
        let line = Array(bytes[..<end])
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        do { return try JSONParser.parse(line) } catch {
            throw EngineError("malformed_payload", "The NDJSON payload is invalid at line 1, column \(error.column): \(error.message)")
        }
    }

    /// Cuts `bytes` into about `count` pieces at line boundaries, with the line number each starts at.
    static func lineChunks(_ bytes: [UInt8], count: Int) -> [(bytes: Range<Int>, firstLine: Int)] {
        guard count > 1, bytes.count > 1 << 16 else { return [(0..<bytes.count, 1)] }
        var chunks: [(bytes: Range<Int>, firstLine: Int)] = []
        var start = 0, line = 1
        for piece in 1...count {
            var end = piece == count ? bytes.count : max(start, bytes.count * piece / count)
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end < bytes.count { end += 1 }
            if end > start {
                chunks.append((start..<end, line))
                line += bytes[start..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            }
            start = end
        }
        return chunks
    }

    /// Views with every live copy of `ids` removed.
    static func removing(_ ids: [String], from views: [SegmentView]) -> [SegmentView] {
        var views = views
        var removals: [Int: [UInt32]] = [:]
        for id in ids {
            if let place = locate(id, in: views) { removals[place.view, default: []].append(place.local) }
        }
        for (view, locals) in removals {
            var builder = views[view].live.makeBuilder()
            for local in locals { builder.remove(local) }
            views[view] = SegmentView(segment: views[view].segment, live: builder.build())
        }
        return views
    }

    /// Within one segment a repeated id keeps only its last document.
    static func lastOccurrences(_ ids: [String], count: Int) -> DocumentSet {
        var last: [String: UInt32] = [:]
        last.reserveCapacity(ids.count)
        for (local, id) in ids.enumerated() { last[id] = UInt32(local) }
        if last.count == count { return DocumentSet(range: 0..<UInt32(count)) }
        return DocumentSet(sortedIDs: last.values.sorted())
    }
}

/// Results written by parallel chunk builders, one slot each.
private final class ChunkOutcomes: Sendable {
    private let slots: Mutex<[Result<Index.BuiltChunk, EngineError>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func store(_ index: Int, _ outcome: Result<Index.BuiltChunk, EngineError>) {
        slots.withLock { $0[index] = outcome }
    }

    var values: [Result<Index.BuiltChunk, EngineError>] { slots.withLock { $0.compactMap { $0 } } }
}
