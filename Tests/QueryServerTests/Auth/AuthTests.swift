import LoupeJSON
@testable import QueryServer
import XCTest

final class AuthTests: XCTestCase {
    static let master = "test-master-key-0123456789"

    private static func defaultKeys(_ server: TestServer) async throws -> (search: String, admin: String, searchUID: String) {
        let keys = try await server.call(.get, "/keys").json["results"]?.arrayValue ?? []
        let search = try XCTUnwrap(keys.first { $0["name"] == "Default Search API Key" })
        let admin = try XCTUnwrap(keys.first { $0["name"] == "Default Admin API Key" })
        return (search["key"]?.stringValue ?? "", admin["key"]?.stringValue ?? "", search["uid"]?.stringValue ?? "")
    }

    func testAuthMatrix() async throws {
        try await withServer(masterKey: Self.master) { server in
            try await Fixtures.seed(server)
            let keys = try await Self.defaultKeys(server)
            let search = ["q": "red"] as JSONValue
            let noHeader = try await server.call(.post, "/indexes/products/search", json: search, bearer: "")
            XCTAssertEqual(noHeader.errorCode, "missing_authorization_header", "a bearer without a token is no authorization")
            var anonymous = server
            anonymous.bearer = nil
            let missing = try await anonymous.call(.post, "/indexes/products/search", json: search)
            XCTAssertEqual(missing.status, 401)
            XCTAssertEqual(missing.errorCode, "missing_authorization_header")
            XCTAssertEqual(missing.json["type"], "auth")
            let basic = try await anonymous.call(.get, "/indexes", headers: ["Authorization": "Basic abc"])
            XCTAssertEqual(basic.errorCode, "missing_authorization_header")
            let wrong = try await server.call(.post, "/indexes/products/search", json: search, bearer: "not-a-key")
            XCTAssertEqual(wrong.status, 403)
            XCTAssertEqual(wrong.errorCode, "invalid_api_key")
            XCTAssertEqual(wrong.json["message"], "The provided API key is invalid.")
            do { let value = try await server.call(.post, "/indexes/products/search", json: search, bearer: keys.search).status; XCTAssertEqual(value, 200) }
            let adminRoute = try await server.call(.post, "/indexes/products/documents", json: [["id": 9]], bearer: keys.search)
            XCTAssertEqual(adminRoute.status, 403)
            XCTAssertEqual(adminRoute.errorCode, "invalid_api_key")
            do { let value = try await server.call(.get, "/indexes/products/settings", bearer: keys.search).status; XCTAssertEqual(value, 403) }
            do { let value = try await server.call(.post, "/indexes/products/documents", json: [["id": 9]], bearer: keys.admin).status; XCTAssertEqual(value, 202) }
            do { let value = try await anonymous.call(.get, "/health").status; XCTAssertEqual(value, 200, "health stays open") }
            do { let value = try await server.call(.get, "/keys", bearer: keys.search).status; XCTAssertEqual(value, 403) }
        }
    }

    func testKeysAreDerivedFromTheMasterKey() async throws {
        try await withServer(masterKey: Self.master) { server in
            let created = try await server.call(.post, "/keys", json: [
                "uid": "01b4bc42-eb33-4041-b481-254d00cce834", "actions": ["documents.*", "search"], "indexes": ["prod*"],
                "expiresAt": nil, "name": "writer",
            ])
            XCTAssertEqual(created.status, 201, created.text)
            XCTAssertEqual(created.json["key"]?.stringValue, APIKey.derive(uid: "01b4bc42-eb33-4041-b481-254d00cce834", masterKey: Self.master))
            let key = created.json["key"]?.stringValue ?? ""
            try await Fixtures.seed(server)
            do { let value = try await server.call(.post, "/indexes/products/documents", json: [["id": 7]], bearer: key).status; XCTAssertEqual(value, 202) }
            do { let value = try await server.call(.get, "/indexes/products/documents/7", bearer: key).status; XCTAssertEqual(value, 200) }
            do { let value = try await server.call(.post, "/indexes/other/documents", json: [["id": 7]], bearer: key).status; XCTAssertEqual(value, 403, "index pattern") }
            do { let value = try await server.call(.delete, "/indexes/products", bearer: key).status; XCTAssertEqual(value, 403, "action family") }
            let byUID = try await server.call(.get, "/keys/01b4bc42-eb33-4041-b481-254d00cce834").json
            XCTAssertEqual(byUID["name"], "writer")
            let renamed = try await server.call(.patch, "/keys/\(key)", json: ["name": "renamed"])
            XCTAssertEqual(renamed.json["name"], "renamed")
            let immutable = try await server.call(.patch, "/keys/\(key)", json: ["actions": ["*"]])
            XCTAssertEqual(immutable.errorCode, "immutable_api_key_actions")
            let duplicate = try await server.call(.post, "/keys", json: ["uid": "01b4bc42-eb33-4041-b481-254d00cce834", "actions": ["*"], "indexes": ["*"], "expiresAt": nil])
            XCTAssertEqual(duplicate.status, 409)
            XCTAssertEqual(duplicate.errorCode, "api_key_already_exists")
            do { let value = try await server.call(.delete, "/keys/\(key)").status; XCTAssertEqual(value, 204) }
            do { let value = try await server.call(.get, "/keys/\(key)").errorCode; XCTAssertEqual(value, "api_key_not_found") }
            do { let value = try await server.call(.post, "/indexes/products/documents", json: [["id": 8]], bearer: key).status; XCTAssertEqual(value, 403) }
        }
    }

    func testKeyCreationErrors() async throws {
        try await withServer(masterKey: Self.master) { server in
            do { let value = try await server.call(.post, "/keys", json: ["indexes": ["*"], "expiresAt": nil]).errorCode; XCTAssertEqual(value, "missing_api_key_actions") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "expiresAt": nil]).errorCode; XCTAssertEqual(value, "missing_api_key_indexes") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "indexes": ["*"]]).errorCode; XCTAssertEqual(value, "missing_api_key_expires_at") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["fly"], "indexes": ["*"], "expiresAt": nil]).errorCode; XCTAssertEqual(value, "invalid_api_key_actions") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "indexes": ["a b"], "expiresAt": nil]).errorCode; XCTAssertEqual(value, "invalid_api_key_indexes") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "indexes": ["*"], "expiresAt": "2001-01-01"]).errorCode; XCTAssertEqual(value, "invalid_api_key_expires_at") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "indexes": ["*"], "expiresAt": nil, "uid": "x"]).errorCode; XCTAssertEqual(value, "invalid_api_key_uid") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "indexes": ["*"], "expiresAt": nil, "name": 3]).errorCode; XCTAssertEqual(value, "invalid_api_key_name") }
            do { let value = try await server.call(.post, "/keys", json: ["actions": ["*"], "indexes": ["*"], "expiresAt": nil, "role": "x"]).errorCode; XCTAssertEqual(value, "bad_request") }
        }
    }

    func testKeysNeedAMasterKey() async throws {
        try await withServer { server in
            let response = try await server.call(.get, "/keys")
            XCTAssertEqual(response.status, 401)
            XCTAssertEqual(response.errorCode, "missing_master_key")
            XCTAssertEqual(response.json["type"], "auth")
            do { let value = try await server.call(.get, "/indexes").status; XCTAssertEqual(value, 200, "other routes are open without a master key") }
        }
    }

    func testExpiredKeyIsRejected() async throws {
        let store = KeyStore(masterKey: Self.master)
        let soon = Timestamp(seconds: Timestamp.now().seconds + 1)
        let key = try store.create(["actions": ["*"], "indexes": ["*"], "expiresAt": .string(soon.rfc3339)])
        var headers = HTTPFieldsStub.bearer(key.key)
        XCTAssertNoThrow(try Credential.authenticate(headers, keys: store, tenantTokens: false))
        headers = HTTPFieldsStub.bearer(key.key)
        XCTAssertThrowsError(try Credential.authenticate(headers, keys: store, tenantTokens: false, now: Timestamp(seconds: soon.seconds + 5))) { error in
            XCTAssertEqual((error as? APIError)?.code, "invalid_api_key")
        }
    }
}
