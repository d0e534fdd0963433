import Foundation
import LoupeJSON
import XCTest

extension LoupeProcess {
    /// Polls `GET /sync` until `condition` holds for its body; fails with the last body after `seconds`.
    @discardableResult
    func waitForSync(_ what: String, seconds: Double = 60, file: StaticString = #filePath, line: UInt = #line,
                     until condition: (JSONValue) -> Bool) async throws -> JSONValue {
        let deadline = Date().addingTimeInterval(seconds)
        var last = JSONValue.null
        while Date() < deadline {
            last = try await call("GET", "/sync").json
            if condition(last) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTFail("timed out waiting for \(what): \(String(decoding: last.serialized(), as: UTF8.self))\n\(logText)", file: file, line: line)
        return last
    }

    /// Waits until a poll has landed after the current one, then asks `POST /sync/verify` for the differences.
    func verifyAfterNextPoll(file: StaticString = #filePath, line: UInt = #line) async throws -> JSONValue {
        let polls = try await call("GET", "/sync").json["polls"]?.numberValue?.int64Value ?? 0
        try await waitForSync("a successful poll", file: file, line: line) { sync in
            (sync["polls"]?.numberValue?.int64Value ?? 0) > polls + 1 && sync["status"] == "in_sync"
        }
        return try await call("POST", "/sync/verify").json
    }
}
