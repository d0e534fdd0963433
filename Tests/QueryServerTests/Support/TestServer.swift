import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LoupeJSON
import NIOCore
@testable import QueryServer
import XCTest

/// One HTTP exchange as the tests see it.
struct Exchange {
    let status: Int
    let headers: HTTPFields
    let bytes: [UInt8]

    /// The body parsed as JSON (`null` when empty or not JSON).
    var json: JSONValue { (try? JSONParser.parse(bytes)) ?? .null }
    var text: String { String(decoding: bytes, as: UTF8.self) }
    var errorCode: String? { json["code"]?.stringValue }
}

/// A client bound to one running test application.
struct TestServer {
    let client: any TestClientProtocol
    var bearer: String?

    /// Sends a request. `body` is serialized as JSON; `raw` is sent as is. `contentType` defaults to JSON
    /// when a body is given; pass `""` to omit the header.
    @discardableResult
    func call(_ method: HTTPRequest.Method, _ path: String, json body: JSONValue? = nil, raw: [UInt8]? = nil,
              contentType: String? = nil, headers extra: [String: String] = [:], bearer override: String? = nil) async throws -> Exchange {
        var headers = HTTPFields()
        let payload = raw ?? body?.serialized()
        let type = contentType ?? (payload == nil ? "" : "application/json")
        if !type.isEmpty { headers[.contentType] = type }
        if let token = override ?? bearer { headers[.authorization] = "Bearer \(token)" }
        for (name, value) in extra { headers[HTTPField.Name(name)!] = value }
        return try await client.execute(uri: path, method: method, headers: headers,
                                        body: payload.map { ByteBuffer(bytes: $0) }) { response in
            Exchange(status: Int(response.status.code), headers: response.headers, bytes: Array(response.body.readableBytesView))
        }
    }

    /// Sends a write and returns its task once finished, failing the test if the write was not accepted.
    @discardableResult
    func task(_ method: HTTPRequest.Method, _ path: String, json body: JSONValue? = nil, raw: [UInt8]? = nil,
              contentType: String? = nil, file: StaticString = #filePath, line: UInt = #line) async throws -> JSONValue {
        let accepted = try await call(method, path, json: body, raw: raw, contentType: contentType)
        XCTAssertEqual(accepted.status, 202, "\(method) \(path): \(accepted.text)", file: file, line: line)
        guard let uid = accepted.json["taskUid"]?.numberValue?.int64Value else { return accepted.json }
        return try await call(.get, "/tasks/\(uid)").json
    }
}

/// Runs `body` against a fresh application built exactly as `loupe serve` builds it.
func withServer(_ configure: (inout ServerConfiguration) -> Void = { _ in }, masterKey: String? = nil,
                indexes: IndexRegistry = IndexRegistry(), prices: PriceBookStore = PriceBookStore(), sync: SyncService? = nil, _ body: @escaping @Sendable (TestServer) async throws -> Void) async throws {
    var configuration = ServerConfiguration()
    configuration.masterKey = masterKey
    configuration.port = 0
    configuration.logLevel = .error
    configure(&configuration)
    let app = LoupeServer.buildApplication(configuration: configuration, indexes: indexes, prices: prices, sync: sync)
    try await app.test(.router) { client in
        try await body(TestServer(client: client, bearer: masterKey))
    }
}

/// A small catalogue used by several suites.
enum Fixtures {
    static let products: JSONValue = [
        ["id": 1, "title": "Red Jacket", "color": "red", "price": 120],
        ["id": 2, "title": "Blue Jeans", "color": "blue", "price": 60],
        ["id": 3, "title": "Green Scarf", "color": "green", "price": 25],
    ]

    /// Creates index `uid` with the products.
    static func seed(_ server: TestServer, uid: String = "products") async throws {
        let task = try await server.task(.post, "/indexes/\(uid)/documents?primaryKey=id", json: products)
        XCTAssertEqual(task["status"], "succeeded", task.jsonString)
    }
}
