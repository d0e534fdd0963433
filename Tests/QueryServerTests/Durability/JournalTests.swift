import Foundation
import Indexer
import LoupeJSON
@testable import QueryServer
import XCTest

/// Log records encode every kind of write and read back equal; concurrent appends are written in LSN
/// order and share fsyncs (group commit).
final class JournalTests: XCTestCase {
    func testEveryOperationRoundTrips() throws {
        let time = Timestamp(seconds: 1_700_000_000, nanoseconds: 123)
        let key = StoredKey(uid: "k-1", name: "Search", description: nil, actions: ["search"], indexes: ["products*"],
                            expiresAt: Timestamp(seconds: 1_800_000_000), createdAt: time, updatedAt: time)
        let operations: [WriteOperation] = [
            .addDocuments(index: "products", documents: [["id": 1, "title": "Rød jakke", "tags": ["a", nil]]], primaryKey: "id", merge: true, skipCreation: false),
            .deleteDocuments(index: "products", ids: ["1", "two"]),
            .deleteDocumentsByFilter(index: "products", filter: "price > 10"),
            .deleteAllDocuments(index: "products"),
            .updateSettings(index: "products", body: ["stopWords": ["the"]]),
            .createIndex(index: "movies", primaryKey: nil),
            .updateIndex(index: "movies", primaryKey: "sku"),
            .deleteIndex(index: "movies"),
            .putKey(key),
            .deleteKey(uid: "k-1"),
        ]
        for (position, operation) in operations.enumerated() {
            let record = JournalRecord(lsn: UInt64(position + 1), taskUid: position == 8 ? nil : position, time: time, operation: operation)
            XCTAssertEqual(try JournalRecord(decoding: record.encoded()), record)
        }
        let failed = JournalRecord(lsn: 99, taskUid: 7, time: time, operation: nil)
        XCTAssertEqual(try JournalRecord(decoding: failed.encoded()), failed)
        XCTAssertThrowsError(try JournalRecord(decoding: Array(failed.encoded().dropLast())))
    }

    func testConcurrentAppendsAreDurableInOrderWithFewerSyncs() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let data = DataDirectory(path: directory.path)
        try data.create()
        let journal = try Journal(directory: data, nextLSN: 1)
        let count = 400
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 0..<count {
                group.addTask {
                    let lsn = try journal.append(taskUid: number, time: .now(), operation: .deleteDocuments(index: "i", ids: ["\(number)"]))
                    try await journal.waitDurable(lsn)
                }
            }
            try await group.waitForAll()
        }
        XCTAssertLessThan(journal.syncCount, count, "group commit should share fsyncs")
        journal.close()

        let reader = try FrameFileReader(path: data.logPath(firstLSN: 1))
        var lsns: [UInt64] = []
        var tasks = Set<Int>()
        while case .frame(let payload) = reader.next() {
            let record = try JournalRecord(decoding: payload)
            lsns.append(record.lsn)
            if let task = record.taskUid { tasks.insert(task) }
        }
        XCTAssertEqual(lsns, (1...UInt64(count)).map { $0 })
        XCTAssertEqual(tasks, Set(0..<count))
    }

    func testRotationStartsANewFileAfterTheCut() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let data = DataDirectory(path: directory.path)
        try data.create()
        let journal = try Journal(directory: data, nextLSN: 1)
        for _ in 0..<3 { try await journal.waitDurable(try journal.append(taskUid: nil, time: .now(), operation: .deleteIndex(index: "x"))) }
        XCTAssertEqual(journal.rotate(), 3)
        try await journal.waitDurable(try journal.append(taskUid: nil, time: .now(), operation: .deleteIndex(index: "y")))
        journal.close()
        XCTAssertEqual(data.logFiles().map(\.firstLSN), [1, 4])
    }
}
