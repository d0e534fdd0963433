import Foundation
import Indexer
import TestDatabase
import XCTest

/// `loupe serve --database-url`, `loupe verify` and `loupe reindex` as an operator runs them: real
/// processes against a real PostgreSQL loaded with the Medusa fixture.
final class OperatorCommandTests: XCTestCase {
    func testVerifyAndReindexAgainstARunningServer() throws {
        let database = try SyncTestDatabase()
        try database.loadFixture()
        let server = try LoupeProcess(serve: ["--in-memory", "--database-url", database.url, "--poll-interval", "0.2"])
        let url = "http://127.0.0.1:\(server.port)"
        let deadline = Date().addingTimeInterval(30)
        var verified = (status: Int32(-1), output: "")
        while Date() < deadline {
            verified = try LoupeProcess.run(["verify", "--url", url])
            if verified.status == 0 { break }
            Thread.sleep(forTimeInterval: 0.3)
        }
        XCTAssertEqual(verified.status, 0, verified.output)
        XCTAssertTrue(verified.output.contains("in sync"), verified.output)

        let reindexed = try LoupeProcess.run(["reindex", "--url", url])
        XCTAssertEqual(reindexed.status, 0, reindexed.output)
        XCTAssertTrue(reindexed.output.contains("reindexed products:"), reindexed.output)

        // A change the server has not polled yet would be a difference; after a poll there is none.
        try database.runScript("UPDATE product SET title = 'Medusa Polo' WHERE id = 'prod_shirt'")
        Thread.sleep(forTimeInterval: 1)
        let after = try LoupeProcess.run(["verify", "--url", url])
        XCTAssertEqual(after.status, 0, after.output)

        server.signal(SIGTERM)
        XCTAssertEqual(server.waitForExit(seconds: 15), 0)
        let unreachable = try LoupeProcess.run(["verify", "--url", url])
        XCTAssertNotEqual(unreachable.status, 0, "verify fails clearly when the server is gone")
    }

    /// Piped (not a terminal), `loupe reindex` prints plain progress lines — rows read of the expected
    /// rows, rows/s and the ETA — while the server's full load runs, then the result.
    func testReindexPrintsPlainProgressLines() async throws {
        let database = try SyncTestDatabase()
        try database.loadFixture()
        try database.runScript("""
            INSERT INTO product (id, title, handle, status)
              SELECT 'prod_gen_' || n, 'Generated product ' || n, 'generated-' || n, 'published' FROM generate_series(1, 6000) n;
            INSERT INTO product_sales_channel (product_id, sales_channel_id, id)
              SELECT 'prod_gen_' || n, 'sc_default', 'prodsc_gen_' || n FROM generate_series(1, 6000) n;
            INSERT INTO product_variant (id, title, sku, product_id, manage_inventory)
              SELECT 'variant_gen_' || n, 'One size', 'GEN-' || n, 'prod_gen_' || n, false FROM generate_series(1, 6000) n;
            """)
        let server = try LoupeProcess(serve: ["--in-memory", "--database-url", database.url, "--poll-interval", "0.2"])
        defer { server.stop() }
        try await server.waitForSync("the initial load", seconds: 300) { $0["status"] == "in_sync" }

        let reindexed = try LoupeProcess.run(["reindex", "--url", "http://127.0.0.1:\(server.port)", "--progress-interval", "0.1"])
        XCTAssertEqual(reindexed.status, 0, reindexed.output)
        let lines = reindexed.output.split(separator: "\n").map(String.init)
        let progress = lines.filter { $0.contains("rows read") }
        XCTAssertFalse(progress.isEmpty, reindexed.output)
        let pattern = try NSRegularExpression(pattern: #"^reindex products: (\d+) of (\d+) rows read, \d+ rows/s, ETA (\d+ s|\?)$"#)
        for line in progress {
            XCTAssertNotNil(pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), line)
        }
        XCTAssertTrue(progress.contains { !$0.contains("ETA ?") && !$0.hasPrefix("reindex products: 0 ") },
                      "a line with rows read and an ETA: \(reindexed.output)")
        XCTAssertTrue(progress.allSatisfy { line in
            let numbers = line.split(separator: " ").compactMap { Int($0) }
            return numbers.count >= 2 && numbers[1] >= 6_000
        }, "the expected rows count the generated products: \(reindexed.output)")
        XCTAssertTrue(lines.last?.hasPrefix("reindexed products: 60") ?? false, reindexed.output)
    }
}
