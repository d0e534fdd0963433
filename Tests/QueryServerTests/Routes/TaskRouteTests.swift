import LoupeJSON
@testable import QueryServer
import XCTest

final class TaskRouteTests: XCTestCase {
    func testTaskObjectShapeAndListing() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            try await server.task(.post, "/indexes", json: ["uid": "products"])
            try await server.task(.delete, "/indexes/products/documents/1")
            let task = try await server.call(.get, "/tasks/0").json
            for key in ["uid", "batchUid", "indexUid", "status", "type", "canceledBy", "details", "error", "duration", "enqueuedAt", "startedAt", "finishedAt"] {
                XCTAssertNotNil(task[key], "task lacks \(key)")
            }
            XCTAssertNotNil(task["enqueuedAt"]?.stringValue.flatMap { Timestamp(rfc3339: $0) })
            let all = try await server.call(.get, "/tasks").json
            XCTAssertEqual(all["total"], 3)
            XCTAssertEqual(all["results"]?.arrayValue?.compactMap { $0["uid"] }, [2, 1, 0])
            let failed = try await server.call(.get, "/tasks?statuses=failed").json
            XCTAssertEqual(failed["results"]?.arrayValue?.compactMap { $0["type"] }, ["indexCreation"])
            let paged = try await server.call(.get, "/tasks?limit=1&from=1").json
            XCTAssertEqual(paged["results"]?[0]?["uid"], 1)
            XCTAssertEqual(paged["next"], 0)
            let byType = try await server.call(.get, "/tasks?types=documentDeletion,indexCreation&indexUids=products").json
            XCTAssertEqual(byType["total"], 2)
            let later = try await server.call(.get, "/tasks?afterEnqueuedAt=2999-01-01").json
            XCTAssertEqual(later["total"], 0)
        }
    }

    func testTaskErrors() async throws {
        try await withServer { server in
            let missing = try await server.call(.get, "/tasks/42")
            XCTAssertEqual(missing.status, 404)
            XCTAssertEqual(missing.errorCode, "task_not_found")
            do { let value = try await server.call(.get, "/tasks/abc").errorCode; XCTAssertEqual(value, "invalid_task_uids") }
            do { let value = try await server.call(.get, "/tasks?statuses=done").errorCode; XCTAssertEqual(value, "invalid_task_statuses") }
            do { let value = try await server.call(.get, "/tasks?types=magic").errorCode; XCTAssertEqual(value, "invalid_task_types") }
            do { let value = try await server.call(.get, "/tasks?limit=x").errorCode; XCTAssertEqual(value, "invalid_task_limit") }
            do { let value = try await server.call(.get, "/tasks?beforeEnqueuedAt=yesterday").errorCode; XCTAssertEqual(value, "invalid_task_before_enqueued_at") }
            do { let value = try await server.call(.get, "/tasks?sortBy=uid").errorCode; XCTAssertEqual(value, "bad_request") }
            do { let value = try await server.call(.get, "/tasks?batchUids=x").errorCode; XCTAssertEqual(value, "invalid_task_batch_uids") }
        }
    }

    func testHistoryIsBoundedAndKeepsTheNewestInOrderAfterWrappingAround() async throws {
        let queue = TaskQueue(historyLimit: 3)
        for _ in 0..<10 { _ = await queue.submit(.indexCreation, indexUid: "a") { _ throws(APIError) in } }
        let forgotten = await queue.task(6)
        let kept = await queue.task(9)
        XCTAssertNil(forgotten)
        XCTAssertEqual(kept?.status, .succeeded)
        let newestFirst = await queue.list(TaskQuery())
        XCTAssertEqual(newestFirst.total, 3)
        XCTAssertEqual(newestFirst.page.map(\.uid), [9, 8, 7])
        var query = TaskQuery()
        query.reverse = true
        let oldestFirst = await queue.list(query)
        XCTAssertEqual(oldestFirst.page.map(\.uid), [7, 8, 9])
    }
}
