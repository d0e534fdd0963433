import Foundation
import LoupeJSON
import Pricing
import XCTest

/// Runs every vector of `../shared/reference/pricing-vectors.json` (read from the file) through
/// row decoding, book building, context flattening and resolution, and checks both what the
/// upstream test asserts (`asserted_upstream`) and the full reference output (`expected`).
final class MedusaVectorTests: XCTestCase {
    private func loadVectors() throws -> [JSONValue] {
        let path = sharedReferenceURL("pricing-vectors.json")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path), "cannot read \(path)")
        let document = try JSONParser.parse([UInt8](data))
        XCTAssertEqual(document["format"]?.stringValue, "medusa-pricing-vectors/1")
        return try XCTUnwrap(document["vectors"]?.arrayValue)
    }

    /// The output of the engine for one vector: the calculated sets, or `{"error": message}`.
    private func run(_ vector: JSONValue) throws -> JSONValue {
        let book = try PriceBook(rows: VectorBook.rows(vector))
        XCTAssertEqual(book.issues, [], "vector rows should all be valid")
        let now = try XCTUnwrap(vector["now"]?.stringValue.flatMap(PricingInstant.init(iso8601:)))
        let ids = (vector["request_price_set_ids"]?.arrayValue ?? []).compactMap(\.stringValue)
        let context: PricingContext
        do {
            context = try PricingContext(json: try XCTUnwrap(vector["context"]))
        } catch let error as PricingError {
            return .object(JSONObject([("error", .string(error.message))]))
        }
        let resolution = book.resolve(priceSetIds: ids, context: context, at: now)
        XCTAssertEqual(resolution.missingIds, [], "every requested set exists in the vector")
        return .array(resolution.priceSets.map { $0.toJSON() })
    }

    func testAllVectorsMatchAssertedAndExpectedOutput() throws {
        let vectors = try loadVectors()
        XCTAssertEqual(vectors.count, 36)
        var checked = 0
        for vector in vectors {
            let name = vector["name"]?.stringValue ?? "?"
            let actual = try run(vector)
            let asserted = try XCTUnwrap(vector["asserted_upstream"])
            let mode = try XCTUnwrap(asserted["mode"]?.stringValue)
            XCTAssert(["full", "subset", "exact"].contains(mode), "\(name): unknown mode \(mode)")
            let assertedValue = try XCTUnwrap(asserted["value"])
            if let mismatch = jsonMismatch(actual, assertedValue, subset: mode == "subset") {
                XCTFail("\(name) [asserted \(mode)]: \(mismatch)")
            }
            if let mismatch = jsonMismatch(actual, try XCTUnwrap(vector["expected"]), subset: false) {
                XCTFail("\(name) [expected]: \(mismatch)")
            }
            checked += 1
        }
        XCTAssertEqual(checked, 36)
    }

    /// Guard against a comparator that accepts anything: a wrong amount must be reported.
    func testMismatchIsDetected() {
        let a: JSONValue = .object(JSONObject([("calculated_amount", .number(JSONNumber(1000)))]))
        let b: JSONValue = .object(JSONObject([("calculated_amount", .number(JSONNumber(999)))]))
        XCTAssertNotNil(jsonMismatch(a, b, subset: true))
        let c: JSONValue = .object(JSONObject([("calculated_amount", .number(JSONNumber(literal: "1000.0")!))]))
        XCTAssertNil(jsonMismatch(a, c, subset: false))
    }
}
