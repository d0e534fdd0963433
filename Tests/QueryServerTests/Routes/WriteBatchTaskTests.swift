import Foundation
import Indexer
import LoupeJSON
@testable import QueryServer
import XCTest

/// Auto-batching of document writes: a batch applies as one generation in submission order, later writes
/// win, merges build on earlier ones, a bad write fails only its own task, each task keeps its own details,
/// and batched writes are durable and replayed after a restart.
final class WriteBatchTaskTests: XCTestCase {
    private func state() -> ServerState { ServerState(configuration: ServerConfiguration()) }

    private func add(_ documents: JSONValue, merge: Bool = false, index: String = "shop") -> WriteBatch.Entry {
        WriteBatch.Entry(operation: .addDocuments(index: index, documents: documents.arrayValue ?? [], primaryKey: nil, merge: merge, skipCreation: false),
                         time: .now(), details: [:])
    }

    private func stored(_ state: ServerState, _ id: String, index: String = "shop") -> JSONValue? {
        state.indexes.index(index)?.generation.document(id: id).flatMap { try? JSONParser.parse($0) }
    }

    func testBatchAppliesInOrderAsOneGenerationAndLaterWritesWin() throws {
        let state = state()
        var batch = WriteBatch(entries: [
            add([["id": 1, "title": "first"]]),
            add([["id": 1, "title": "second"], ["id": 2, "title": "other"]]),
            add([["id": 3, "title": "third"]]),
        ])
        let steps = batch.apply(to: state)
        XCTAssertEqual(steps.count, 1, "one combined write, logged once")
        guard case .applied(let range, .addDocuments(_, let documents, _, _, _), _)? = steps.first else {
            return XCTFail("expected one applied step, got \(steps)")
        }
        XCTAssertEqual(range, 0..<3)
        XCTAssertEqual(documents.count, 4)
        let index = try XCTUnwrap(state.indexes.index("shop"))
        XCTAssertEqual(index.generation.version, 1, "the whole batch built one generation")
        XCTAssertEqual(index.documentCount, 3)
        XCTAssertEqual(stored(state, "1"), ["id": 1, "title": "second"])
        XCTAssertEqual(batch.entries.map { $0.details["indexedDocuments"] ?? .null }, [1, 2, 1])
    }

    func testMergesInOneBatchBuildOnEarlierWrites() throws {
        let state = state()
        var seed = WriteBatch(entries: [add([["id": "a", "kept": true]])])
        _ = seed.apply(to: state)
        var batch = WriteBatch(entries: [
            add([["id": "a", "color": "red"]], merge: true),
            add([["id": "a", "size": 9], ["id": "b", "size": 1]], merge: true),
            add([["id": "a", "color": "blue"]], merge: true),
        ])
        XCTAssertEqual(batch.apply(to: state).count, 1)
        XCTAssertEqual(stored(state, "a"), ["id": "a", "kept": true, "color": "blue", "size": 9])
        XCTAssertEqual(stored(state, "b"), ["id": "b", "size": 1])
    }

    func testABadDocumentFailsOnlyItsOwnTask() throws {
        let state = state()
        var batch = WriteBatch(entries: [
            add([["id": 1, "title": "one"]]),
            add([["id": 2, "title": "two"]]),
            add([["title": "no id"]]),
            add([["id": 4, "title": "four"]]),
            add([["id": 5, "title": "five"]]),
        ])
        let steps = batch.apply(to: state)
        var failed: [Int: String] = [:]
        var applied = 0
        for step in steps {
            switch step {
            case .applied(let range, _, _): applied += range.count
            case .failed(let entry, let error): failed[entry] = error.code
            }
        }
        XCTAssertEqual(failed, [2: "missing_document_id"])
        XCTAssertEqual(applied, 4)
        XCTAssertEqual(state.indexes.index("shop")?.documentCount, 4)
        XCTAssertNil(stored(state, "3"))
        XCTAssertEqual(stored(state, "5"), ["id": 5, "title": "five"])
        XCTAssertEqual(batch.entries.map { $0.details["indexedDocuments"] ?? .null }, [1, 1, 0, 1, 1])
    }

    func testDeletionsCountEachTaskInTurn() throws {
        let state = state()
        var seed = WriteBatch(entries: [add([["id": 1], ["id": 2], ["id": 3]])])
        _ = seed.apply(to: state)
        let deletions = [["1", "2", "1"], ["2", "3"], ["9"]].map { ids in
            WriteBatch.Entry(operation: .deleteDocuments(index: "shop", ids: ids), time: .now(), details: [:])
        }
        var batch = WriteBatch(entries: deletions)
        XCTAssertEqual(batch.apply(to: state).count, 1)
        XCTAssertEqual(batch.entries.map { $0.details["deletedDocuments"] ?? .null }, [2, 1, 0])
        XCTAssertEqual(state.indexes.index("shop")?.documentCount, 0)
    }

    func testOnlyDocumentWritesToOneIndexJoin() {
        let documents: [JSONValue] = [["id": 1]]
        let add = WriteOperation.addDocuments(index: "a", documents: documents, primaryKey: nil, merge: false, skipCreation: false)
        XCTAssertTrue(WriteBatch.joins(add, add))
        XCTAssertFalse(WriteBatch.joins(.addDocuments(index: "b", documents: documents, primaryKey: nil, merge: false, skipCreation: false), add))
        XCTAssertFalse(WriteBatch.joins(.addDocuments(index: "a", documents: documents, primaryKey: nil, merge: true, skipCreation: false), add))
        XCTAssertFalse(WriteBatch.joins(.addDocuments(index: "a", documents: documents, primaryKey: "sku", merge: false, skipCreation: false), add))
        XCTAssertFalse(WriteBatch.joins(.addDocuments(index: "a", documents: documents, primaryKey: nil, merge: true, skipCreation: true),
                                        .addDocuments(index: "a", documents: documents, primaryKey: nil, merge: true, skipCreation: false)))
        XCTAssertFalse(WriteBatch.joins(.addDocuments(index: "a", documents: [], primaryKey: nil, merge: false, skipCreation: false), add))
        XCTAssertFalse(WriteBatch.joins(.updateSettings(index: "a", body: [:]), add))
        XCTAssertFalse(WriteBatch.joins(add, .deleteIndex(index: "a")))
        XCTAssertFalse(WriteBatch.joins(.deleteDocuments(index: "a", ids: ["1"]), add))
        XCTAssertTrue(WriteBatch.joins(.deleteDocuments(index: "a", ids: ["1"]), .deleteDocuments(index: "a", ids: ["2"])))
    }

    /// Many clients each POST one document; some send the same ids and one sends a bad document.
    private static func stream(_ server: TestServer, writers: Int) async throws -> [Int: JSONValue] {
        try await withThrowingTaskGroup(of: (Int, JSONValue).self) { group in
            for writer in 0..<writers {
                group.addTask {
                    let document: JSONValue = writer == 7 ? ["title": "no id"] : ["id": .int(writer % 50), "writer": .int(writer)]
                    return (writer, try await server.task(.post, "/indexes/stream/documents", json: [document]))
                }
            }
            var tasks: [Int: JSONValue] = [:]
            for try await (writer, task) in group { tasks[writer] = task }
            return tasks
        }
    }

    func testConcurrentSingleDocumentWritesAreBatchedDurableAndReplayed() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let writers = 200
        let live = LiveDocuments()
        try await withDurableServer(directory) { server, state, durability in
            let seeded = try await server.task(.post, "/indexes/stream/documents", json: [["id": 0, "writer": -1]])
            XCTAssertEqual(seeded["status"], "succeeded")
            let tasks = try await Self.stream(server, writers: writers)
            for (writer, task) in tasks {
                if writer == 7 {
                    XCTAssertEqual(task["status"], "failed")
                    XCTAssertEqual(task["error"]?["code"], "missing_document_id")
                } else {
                    XCTAssertEqual(task["status"], "succeeded", task.jsonString)
                    XCTAssertEqual(task["details"], ["receivedDocuments": 1, "indexedDocuments": 1])
                }
            }
            XCTAssertEqual(Set(tasks.values.compactMap { $0["uid"] }).count, writers, "every write has its own task uid")
            let statistics = await state.tasks.batchStatistics
            XCTAssertLessThan(statistics.batches, statistics.tasks, "concurrent writes were applied in shared batches")
            var batchSizes: [Int: Int] = [:]
            for task in tasks.values {
                batchSizes[Int(try XCTUnwrap(task["batchUid"]?.numberValue?.int64Value)), default: 0] += 1
            }
            let (shared, size) = try XCTUnwrap(batchSizes.max { $0.value < $1.value })
            XCTAssertGreaterThan(size, 1, "tasks of one batch share its batchUid")
            let listed = try await server.call(.get, "/tasks?batchUids=\(shared)&limit=1000").json
            XCTAssertEqual(listed["results"]?.arrayValue?.count, size, "GET /tasks?batchUids= lists the batch's tasks")
            XCTAssertLessThan(durability.journal.syncCount, writers, "batches share fsyncs")
            // The last write (by task uid) to an id is what the index holds.
            var newest: [Int: (uid: Int64, writer: Int)] = [:]
            for (writer, task) in tasks where writer != 7 {
                let uid = try XCTUnwrap(task["uid"]?.numberValue?.int64Value)
                if newest[writer % 50].map({ $0.uid < uid }) ?? true { newest[writer % 50] = (uid, writer) }
            }
            for (id, winner) in newest {
                let document = try await server.call(.get, "/indexes/stream/documents/\(id)").json
                XCTAssertEqual(document["writer"], .int(winner.writer), "id \(id)")
            }
            let listing = try await server.call(.get, "/indexes/stream/documents?limit=1000").json
            XCTAssertEqual(listing["total"], 50)
            live.set(listing["results"])
        }
        try await withDurableServer(directory) { server, _, _ in
            let listing = try await server.call(.get, "/indexes/stream/documents?limit=1000").json
            XCTAssertEqual(listing["results"], live.value, "the log replays the batches to the same documents")
        }
    }
}

/// A value handed from one server run to the next.
private final class LiveDocuments: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: JSONValue?
    func set(_ value: JSONValue?) { lock.lock(); stored = value; lock.unlock() }
    var value: JSONValue? { lock.lock(); defer { lock.unlock() }; return stored }
}
