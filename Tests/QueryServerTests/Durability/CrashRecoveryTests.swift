import Foundation
import Indexer
import LoupeJSON
import XCTest

/// The must-show crash test: the real `loupe serve` binary, a stream of concurrent writes, `kill -9` at
/// random moments, restart on the same data directory. Every write whose task was reported `succeeded`
/// must be there, and every write is all or nothing (each is a batch of three documents sharing a number).
/// Then the same with the last log record corrupted, and with the newest snapshot corrupted.
final class CrashRecoveryTests: XCTestCase {
    /// Numbers of the writes acknowledged as succeeded.
    final class Acknowledged: @unchecked Sendable {
        private let lock = NSLock()
        private var numbers = Set<Int>()
        func insert(_ number: Int) { lock.lock(); numbers.insert(number); lock.unlock() }
        var all: Set<Int> { lock.lock(); defer { lock.unlock() }; return numbers }
    }

    private var generator = SystemRandomNumberGenerator()

    /// Writes batches until the server dies or `limit` writes were sent; one writer of `writers`.
    private static func write(_ server: LoupeProcess, writer: Int, writers: Int, base: Int, acknowledged: Acknowledged,
                              snapshotEvery: Int? = nil) async {
        var count = 0
        while count < 5_000 {
            let number = base + writer + count * writers
            count += 1
            let batch: JSONValue = .array(["a", "b", "c"].map { suffix in
                ["id": .string("\(number)-\(suffix)"), "n": .number(JSONNumber(number)), "title": .string("item \(number) \(suffix)")]
            })
            guard let accepted = try? await server.call("POST", "/indexes/crash/documents", json: batch),
                  accepted.status == 202, let uid = accepted.json["taskUid"]?.numberValue?.int64Value,
                  let task = try? await server.call("GET", "/tasks/\(uid)") else { return }
            if task.json["status"] == "succeeded" { acknowledged.insert(number) }
            if let snapshotEvery, writer == 0, count % snapshotEvery == 0 {
                _ = try? await server.call("POST", "/snapshots")
            }
        }
    }

    /// Streams writes from 4 writers and kills the server after a random delay.
    private func streamAndKill(_ server: LoupeProcess, base: Int, acknowledged: Acknowledged, snapshotEvery: Int? = nil,
                               delay: ClosedRange<Int> = 400...1_500) async {
        let milliseconds = Int.random(in: delay, using: &generator)
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask { await Self.write(server, writer: writer, writers: 4, base: base, acknowledged: acknowledged, snapshotEvery: snapshotEvery) }
            }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(milliseconds))
                server.kill9()
            }
        }
    }

    /// Checks the documents after a restart; returns the numbers present.
    @discardableResult
    private func verify(_ server: LoupeProcess, acknowledged: Set<Int>, allowedLosses: Int = 0,
                        file: StaticString = #filePath, line: UInt = #line) async throws -> Set<Int> {
        let listing = try await server.call("GET", "/indexes/crash/documents?limit=1000000&fields=n")
        var copies: [Int: Int] = [:]
        for document in listing.json["results"]?.arrayValue ?? [] {
            if let number = document["n"]?.numberValue?.int64Value { copies[Int(number), default: 0] += 1 }
        }
        for (number, count) in copies where count != 3 {
            XCTFail("write \(number) is half-applied: \(count) of 3 documents", file: file, line: line)
        }
        let missing = acknowledged.subtracting(copies.keys)
        XCTAssertLessThanOrEqual(missing.count, allowedLosses,
                                 "acknowledged writes missing after restart: \(missing.sorted().prefix(20))", file: file, line: line)
        return Set(copies.keys)
    }

    func testKillNineAtRandomMomentsLosesNoAcknowledgedWrite() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let acknowledged = Acknowledged()
        for round in 0..<4 {
            let server = try LoupeProcess(dataDir: directory.path)
            if round > 0 { try await verify(server, acknowledged: acknowledged.all) }
            await streamAndKill(server, base: round * 100_000, acknowledged: acknowledged, snapshotEvery: round % 2 == 1 ? 40 : nil)
        }
        XCTAssertGreaterThan(acknowledged.all.count, 20, "the test should acknowledge a fair number of writes")
        let server = try LoupeProcess(dataDir: directory.path)
        defer { server.stop() }
        try await verify(server, acknowledged: acknowledged.all)
        let next = try await server.call("POST", "/indexes", json: ["uid": "after"])
        XCTAssertEqual(next.status, 202)
    }

    func testCorruptedLastLogRecordIsCutOff() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let acknowledged = Acknowledged()
        await streamAndKill(try LoupeProcess(dataDir: directory.path), base: 0, acknowledged: acknowledged)
        let log = try XCTUnwrap(directory.files("wal", suffix: ".log").last { TemporaryDirectory.size($0) > 0 })
        let reader = try FrameFileReader(path: log)
        var lastStart = 0
        var start = 0
        while case .frame = reader.next() {
            lastStart = start
            start = reader.offset
        }
        try damage(log, at: (Double(lastStart) + 10) / Double(TemporaryDirectory.size(log)))

        let server = try LoupeProcess(dataDir: directory.path)
        defer { server.stop() }
        try await verify(server, acknowledged: acknowledged.all, allowedLosses: 1)
        XCTAssertTrue(server.logText.contains("cut off a torn log tail"), server.logText)
    }

    func testCorruptedSnapshotFallsBackToThePreviousOne() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let acknowledged = Acknowledged()
        await streamAndKill(try LoupeProcess(dataDir: directory.path), base: 0, acknowledged: acknowledged,
                            snapshotEvery: 15, delay: 2_500...3_500)
        let snapshots = directory.files("snapshots", suffix: ".snapshot")
        XCTAssertGreaterThanOrEqual(snapshots.count, 1, "snapshots were written during the stream")
        try damage(try XCTUnwrap(snapshots.last))

        let server = try LoupeProcess(dataDir: directory.path)
        defer { server.stop() }
        try await verify(server, acknowledged: acknowledged.all)
        XCTAssertTrue(server.logText.contains("snapshot is damaged"), server.logText)
    }
}
