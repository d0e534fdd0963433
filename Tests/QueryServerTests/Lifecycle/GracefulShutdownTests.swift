import Foundation
import XCTest

/// `loupe serve` under swift-service-lifecycle: SIGTERM and SIGINT stop new work, let the request in
/// flight finish with a full response, then exit 0.
final class GracefulShutdownTests: XCTestCase {
    func testSIGTERMLetsTheRequestInFlightFinish() throws {
        try assertGracefulShutdown(on: SIGTERM)
    }

    func testSIGINTLetsTheRequestInFlightFinish() throws {
        try assertGracefulShutdown(on: SIGINT)
    }

    private func assertGracefulShutdown(on signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let server = try LoupeProcess(serve: ["--in-memory"])
        let body = #"{"queries":[]}"#
        let connection = try RawHTTPConnection(port: server.port)
        try connection.send("POST /multi-search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n")
        try connection.send(String(body.prefix(5)))
        Thread.sleep(forTimeInterval: 0.3)

        server.signal(signal)
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertTrue(server.process.isRunning, "the server waits for the request in flight", file: file, line: line)

        try connection.send(String(body.dropFirst(5)))
        let response = try connection.readResponse()
        XCTAssertTrue(response.hasPrefix("HTTP/1.1 200"), response, file: file, line: line)
        XCTAssertTrue(response.hasSuffix(#"{"results":[]}"#), response, file: file, line: line)
        XCTAssertEqual(server.waitForExit(seconds: 10), 0, "exits cleanly once the request is answered", file: file, line: line)
        XCTAssertThrowsError(try RawHTTPConnection(port: server.port), "no longer listening", file: file, line: line)
    }
}
