import ConformanceSupport
import Foundation
import HTTPTypes
import LoupeJSON
@testable import QueryServer
import XCTest

/// Runs every case of `meili-conformance.json` over HTTP against a fresh server per case, following the
/// harness contract: setup (create `test`, PATCH settings, add documents, all with the master key when
/// the case sets one), the request, then each follow-up step.
///
/// Cases that need engine features not in this build are listed in `pendingEngineFeatures`; they run
/// too, and a listed case that starts passing fails the suite so the list gets emptied.
final class HTTPConformanceTests: XCTestCase {
    /// Cases that need an engine feature this build lacks (none today). A listed case that starts passing
    /// fails the suite, so the list only shrinks.
    static let pendingEngineFeatures: Set<String> = []

    func testEveryConformanceCaseOverHTTP() async throws {
        let cases = try ConformanceCase.all()
        XCTAssertFalse(cases.isEmpty)
        var passed: [String] = [], pending: [String] = []
        for testCase in cases {
            let problems = try await Self.run(testCase)
            if Self.pendingEngineFeatures.contains(testCase.name) {
                XCTAssertFalse(problems.isEmpty, "\(testCase.name) passes now: remove it from pendingEngineFeatures")
                pending.append("\(testCase.name): \(problems.first ?? "")")
            } else {
                XCTAssertTrue(problems.isEmpty, "\(testCase.name): \(problems.joined(separator: "; "))")
                if problems.isEmpty { passed.append(testCase.name) }
            }
        }
        print("HTTP conformance: \(passed.count) of \(cases.count) passed; pending engine features: \(pending.count)")
        for line in pending { print("  pending \(line)") }
    }

    static func run(_ testCase: ConformanceCase) async throws -> [String] {
        let masterKey = testCase.server?["masterKey"]?.stringValue
        let collector = ProblemCollector()
        let (settings, documents, method, path, query) = (testCase.settings, testCase.documents, testCase.method, testCase.path, testCase.query)
        let (body, headers, expect, followUp) = (testCase.body, testCase.headers, testCase.expect, testCase.followUp)
        try await withServer(masterKey: masterKey) { server in
            await collector.add(try await setUp(settings: settings, documents: documents, server))
            guard await collector.problems.isEmpty else { return }
            var anonymous = server
            anonymous.bearer = nil
            let main = try await send(method: method, path: path, query: query, body: body, headers: headers, server: anonymous)
            await collector.add(ConformanceExpectation.mismatches(expect: expect, status: main.status, body: main.json))
            let taskUid = main.json["taskUid"]?.numberValue?.literal ?? ""
            for (position, step) in followUp.enumerated() {
                let request = step["request"]?.objectValue ?? JSONObject()
                let path = (request["path"]?.stringValue ?? "/").replacingOccurrences(of: "{{taskUid}}", with: taskUid)
                if step["waitForTasks"] == true { await collector.add(try await waitForTasks(server)) }
                let response = try await send(method: request["method"]?.stringValue ?? "GET", path: path, query: request["query"]?.objectValue,
                                              body: request["body"], headers: request["headers"]?.objectValue, server: anonymous)
                let expect = step["expect"]?.objectValue ?? JSONObject()
                await collector.add(ConformanceExpectation.mismatches(expect: expect, status: response.status, body: response.json).map { "followUp[\(position)]: \($0)" })
            }
        }
        return await collector.problems
    }

    /// The harness setup; returns problems when a setup step fails.
    private static func setUp(settings: JSONValue?, documents: [JSONValue]?, _ server: TestServer) async throws -> [String] {
        guard settings != nil || documents != nil else { return [] }
        var problems: [String] = []
        var tasks: [JSONValue] = [try await server.call(.post, "/indexes", json: ["uid": "test", "primaryKey": "id"]).json]
        if let settings { tasks.append(try await server.call(.patch, "/indexes/test/settings", json: settings).json) }
        if let documents, !documents.isEmpty {
            tasks.append(try await server.call(.post, "/indexes/test/documents", json: .array(documents)).json)
        }
        for accepted in tasks {
            guard let uid = accepted["taskUid"]?.numberValue?.literal else { problems.append("setup refused: \(accepted.jsonString)"); continue }
            let task = try await server.call(.get, "/tasks/\(uid)").json
            if task["status"] != "succeeded" { problems.append("setup task failed: \(task.jsonString)") }
        }
        return problems
    }

    /// Polls `GET /tasks` until no task is enqueued or processing (bounded: 5 s).
    private static func waitForTasks(_ server: TestServer) async throws -> [String] {
        for _ in 0..<100 {
            let pending = try await server.call(.get, "/tasks?statuses=enqueued,processing").json
            if pending["total"] == 0 { return [] }
            try await Task.sleep(for: .milliseconds(50))
        }
        return ["tasks still pending after 5 s"]
    }

    private static func send(method: String, path: String, query: JSONObject?, body: JSONValue?, headers: JSONObject?,
                             server: TestServer) async throws -> Exchange {
        var uri = path
        if let query, !query.isEmpty {
            uri += "?" + query.map { key, value in
                let text = value.stringValue ?? value.jsonString
                return "\(encode(key))=\(encode(text))"
            }.joined(separator: "&")
        }
        var extra: [String: String] = [:]
        var contentType: String?
        for (name, value) in headers ?? JSONObject() {
            if name.lowercased() == "content-type" {
                contentType = value.stringValue ?? ""
            } else if let text = value.stringValue {
                extra[name] = text
            }
        }
        return try await server.call(HTTPRequest.Method(method) ?? .get, uri, json: body, contentType: contentType, headers: extra)
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Collects problems from inside the `@Sendable` server closure.
actor ProblemCollector {
    private(set) var problems: [String] = []
    func add(_ more: [String]) { problems += more }
}
