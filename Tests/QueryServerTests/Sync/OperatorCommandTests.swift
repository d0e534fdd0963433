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
}
