import LoupeJSON
import XCTest

final class SettingsRouteTests: XCTestCase {
    func testPatchGetAndResetSettings() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let task = try await server.task(.patch, "/indexes/products/settings", json: ["stopWords": ["the"], "sortableAttributes": ["price"]])
            XCTAssertEqual(task["type"], "settingsUpdate")
            XCTAssertEqual(task["details"], ["stopWords": ["the"], "sortableAttributes": ["price"]])
            let settings = try await server.call(.get, "/indexes/products/settings").json
            XCTAssertEqual(settings["stopWords"], ["the"])
            XCTAssertEqual(settings["sortableAttributes"], ["price"])
            XCTAssertEqual(settings["displayedAttributes"], ["*"])
            let sorted = try await server.call(.post, "/indexes/products/search", json: ["sort": ["price:asc"]]).json
            XCTAssertEqual(sorted["hits"]?.arrayValue?.compactMap { $0["id"] }, [3, 2, 1])
            try await server.task(.delete, "/indexes/products/settings")
            do { let value = try await server.call(.get, "/indexes/products/settings").json["stopWords"]; XCTAssertEqual(value, []) }
        }
    }

    func testSubRoutesUseMeilisearchVerbs() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            try await server.task(.put, "/indexes/products/settings/synonyms", json: ["coat": ["jacket"]])
            do { let value = try await server.call(.get, "/indexes/products/settings/synonyms").json; XCTAssertEqual(value, ["coat": ["jacket"]]) }
            let viaSynonym = try await server.call(.post, "/indexes/products/search", json: ["q": "coat"]).json
            XCTAssertEqual(viaSynonym["hits"]?[0]?["id"], 1)
            try await server.task(.patch, "/indexes/products/settings/typo-tolerance", json: ["enabled": false])
            do { let value = try await server.call(.get, "/indexes/products/settings/typo-tolerance").json["enabled"]; XCTAssertEqual(value, false) }
            let wrongVerb = try await server.call(.put, "/indexes/products/settings/typo-tolerance", json: ["enabled": true])
            XCTAssertGreaterThanOrEqual(wrongVerb.status, 404)
            try await server.task(.delete, "/indexes/products/settings/synonyms")
            do { let value = try await server.call(.get, "/indexes/products/settings/synonyms").json; XCTAssertEqual(value, [:]) }
            try await server.task(.patch, "/indexes/products/settings/pagination", json: ["maxTotalHits": 2])
            let capped = try await server.call(.post, "/indexes/products/search", json: [:]).json
            XCTAssertEqual(capped["hits"]?.arrayValue?.count, 2)
        }
    }

    func testSettingsErrorsAreImmediate() async throws {
        try await withServer { server in
            try await Fixtures.seed(server)
            let badRule = try await server.call(.patch, "/indexes/products/settings", json: ["rankingRules": ["nonsense"]])
            XCTAssertEqual(badRule.status, 400)
            XCTAssertEqual(badRule.errorCode, "invalid_settings_ranking_rules")
            let typo = try await server.call(.patch, "/indexes/products/settings", json: ["typoTolerance": ["minWordSizeForTypos": ["oneTypo": 9, "twoTypos": 5]]])
            XCTAssertEqual(typo.errorCode, "invalid_settings_typo_tolerance")
            let unknown = try await server.call(.patch, "/indexes/products/settings", json: ["colour": []])
            XCTAssertEqual(unknown.errorCode, "bad_request")
            let missing = try await server.call(.get, "/indexes/none/settings")
            XCTAssertEqual(missing.errorCode, "index_not_found")
        }
    }

    func testSettingsOnMissingIndexCreateIt() async throws {
        try await withServer { server in
            let task = try await server.task(.patch, "/indexes/fresh/settings", json: ["filterableAttributes": ["color"]])
            XCTAssertEqual(task["status"], "succeeded")
            do { let value = try await server.call(.get, "/indexes/fresh/settings/filterable-attributes").json; XCTAssertEqual(value, ["color"]) }
        }
    }
}
