import ConformanceSupport
import Indexer
import LoupeJSON
import XCTest

/// Runs the cases of `meili-conformance.json` that exercise search semantics through the library API
/// (no HTTP): setup from the case's documents and settings, the request body through `SearchRequest`,
/// the response through `SearchResult`. Cases about HTTP routes, auth, tasks or multi-search belong to
/// the server's runner; cases whose request or settings use a parameter the library does not handle yet
/// are listed in the output, never silently dropped.
final class LibraryConformanceTests: XCTestCase {
    /// Search parameters the library implements.
    static let supportedParameters: Set<String> = [
        "q", "offset", "limit", "page", "hitsPerPage", "attributesToRetrieve", "sort",
        "matchingStrategy", "attributesToSearchOn", "distinct", "attributesToHighlight", "highlightPreTag",
        "highlightPostTag", "attributesToCrop", "cropLength", "cropMarker", "showMatchesPosition", "filter", "facets",
    ]
    /// Settings the library implements.
    static let supportedSettings: Set<String> = [
        "searchableAttributes", "displayedAttributes", "rankingRules", "stopWords", "synonyms",
        "typoTolerance", "sortableAttributes", "pagination", "distinctAttribute", "filterableAttributes", "faceting",
    ]

    func testConformanceCasesThroughLibrary() throws {
        var ran: [String] = [], deferred: [String] = []
        for testCase in try ConformanceCase.all() {
            guard let reason = Self.libraryScopeProblem(testCase) else {
                ran.append(testCase.name)
                let problems = run(testCase)
                XCTAssertTrue(problems.isEmpty, "\(testCase.name): \(problems.joined(separator: "; "))")
                continue
            }
            deferred.append("\(testCase.name) (\(reason))")
        }
        print("conformance through the library: ran \(ran.count): \(ran.joined(separator: ", "))")
        print("conformance left to the HTTP runner or later features: \(deferred.count): \(deferred.joined(separator: ", "))")
        XCTAssertGreaterThanOrEqual(ran.count, 20, "too few conformance cases ran through the library")
    }

    /// Why a case cannot run at library level, or nil when it can.
    static func libraryScopeProblem(_ testCase: ConformanceCase) -> String? {
        guard testCase.method == "POST", testCase.path == "/indexes/test/search" else { return "HTTP route" }
        guard testCase.server == nil, testCase.headers == nil else { return "auth" }
        guard testCase.documents != nil || testCase.settings != nil else { return "no index" }
        let unsupported = (testCase.body?.objectValue?.keys ?? []).filter { !supportedParameters.contains($0) }
            + (testCase.settings?.objectValue?.keys ?? []).filter { !supportedSettings.contains($0) }
        return unsupported.isEmpty ? nil : "uses \(unsupported.joined(separator: ", "))"
    }

    private func run(_ testCase: ConformanceCase) -> [String] {
        let index = Index(uid: "test", primaryKey: "id")
        do {
            if let settings = testCase.settings {
                index.updateSettings(try index.settings.applying(settings))
            }
            if let documents = testCase.documents, !documents.isEmpty {
                try index.addDocuments(documents)
            }
        } catch {
            return ["setup failed: \(error)"]
        }
        let status: Int, body: JSONValue
        do {
            let request = try SearchRequest(json: testCase.body ?? .object(JSONObject()))
            body = try index.search(request).json()
            status = 200
        } catch let error as EngineError {
            status = 400
            body = .object([
                "message": .string(error.message), "code": .string(error.code), "type": "invalid_request",
                "link": .string("https://docs.meilisearch.com/errors#\(error.code)"),
            ])
        } catch {
            return ["unexpected error \(error)"]
        }
        return ConformanceExpectation.mismatches(expect: testCase.expect, status: status, body: body)
    }
}
