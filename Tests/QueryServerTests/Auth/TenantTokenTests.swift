import HTTPTypes
import LoupeJSON
@testable import QueryServer
import XCTest

enum HTTPFieldsStub {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

final class TenantTokenTests: XCTestCase {
    static let master = "tenant-master-key-0123456789"

    private static func searchKey(_ server: TestServer) async throws -> (uid: String, key: String) {
        let keys = try await server.call(.get, "/keys").json["results"]?.arrayValue ?? []
        let search = try XCTUnwrap(keys.first { $0["name"] == "Default Search API Key" })
        return (search["uid"]?.stringValue ?? "", search["key"]?.stringValue ?? "")
    }

    func testTokenRestrictsIndexesAndRoutes() async throws {
        try await withServer(masterKey: Self.master) { server in
            try await Fixtures.seed(server)
            try await Fixtures.seed(server, uid: "private")
            let parent = try await Self.searchKey(server)
            let token = TenantTokenIssuer.token(apiKeyUID: parent.uid, apiKey: parent.key, searchRules: ["products"],
                                                expiresAt: Timestamp.now().seconds + 3600)
            let allowed = try await server.call(.post, "/indexes/products/search", json: ["q": "red"], bearer: token)
            XCTAssertEqual(allowed.status, 200, allowed.text)
            XCTAssertEqual(allowed.json["hits"]?[0]?["id"], 1)
            do { let value = try await server.call(.get, "/indexes/products/search?q=red", bearer: token).status; XCTAssertEqual(value, 200) }
            do { let value = try await server.call(.post, "/indexes/private/search", json: ["q": "red"], bearer: token).errorCode; XCTAssertEqual(value, "invalid_api_key") }
            let multi = try await server.call(.post, "/multi-search", json: ["queries": [["indexUid": "private"]]], bearer: token)
            XCTAssertEqual(multi.errorCode, "invalid_api_key")
            do { let value = try await server.call(.get, "/indexes/products/documents", bearer: token).status; XCTAssertEqual(value, 403, "tokens only search") }
        }
    }

    func testExpiredAndForgedTokens() async throws {
        try await withServer(masterKey: Self.master) { server in
            try await Fixtures.seed(server)
            let parent = try await Self.searchKey(server)
            let expired = TenantTokenIssuer.token(apiKeyUID: parent.uid, apiKey: parent.key, searchRules: ["*"], expiresAt: Timestamp.now().seconds - 10)
            let response = try await server.call(.post, "/indexes/products/search", json: ["q": "red"], bearer: expired)
            XCTAssertEqual(response.status, 403)
            XCTAssertEqual(response.errorCode, "invalid_api_key")
            XCTAssertTrue(response.json["message"]?.stringValue?.contains("Tenant token expired") ?? false)
            let forged = TenantTokenIssuer.token(apiKeyUID: parent.uid, apiKey: "not-the-key", searchRules: ["*"])
            do { let value = try await server.call(.post, "/indexes/products/search", json: [:], bearer: forged).errorCode; XCTAssertEqual(value, "invalid_api_key") }
            let orphan = TenantTokenIssuer.token(apiKeyUID: "00000000-0000-4000-8000-000000000000", apiKey: parent.key, searchRules: ["*"])
            do { let value = try await server.call(.post, "/indexes/products/search", json: [:], bearer: orphan).errorCode; XCTAssertEqual(value, "invalid_api_key") }
        }
    }

    func testRuleFilterIsAndedWithTheUserFilter() {
        XCTAssertEqual(FilterConjunction.combine(rule: "a = 1", user: nil), "a = 1")
        XCTAssertEqual(FilterConjunction.combine(rule: nil, user: "b = 2"), "b = 2")
        XCTAssertEqual(FilterConjunction.combine(rule: "a = 1", user: "b = 2"), ["a = 1", "b = 2"])
        XCTAssertEqual(FilterConjunction.combine(rule: ["a = 1", ["c = 3", "c = 4"]], user: ["b = 2"]), ["a = 1", ["c = 3", "c = 4"], "b = 2"])
    }

    func testSearchRulesMapPicksTheMostSpecificRule() throws {
        let store = KeyStore(masterKey: Self.master)
        let parent = try XCTUnwrap(store.list(offset: 0, limit: 10).keys.first { $0.actions == ["search"] })
        let rules: JSONValue = ["*": ["filter": "shop = all"], "prod*": ["filter": "shop = prod"], "products": nil]
        let token = TenantTokenIssuer.token(apiKeyUID: parent.uid, apiKey: parent.key, searchRules: rules)
        let credential = try Credential.authenticate(HTTPFieldsStub.bearer(token), keys: store, tenantTokens: true)
        XCTAssertNil(try credential.authorize(.search, index: "products"))
        XCTAssertEqual(try credential.authorize(.search, index: "production"), "shop = prod")
        XCTAssertEqual(try credential.authorize(.search, index: "misc"), "shop = all")
        XCTAssertThrowsError(try Credential.authenticate(HTTPFieldsStub.bearer(token), keys: store, tenantTokens: false))
    }
}
