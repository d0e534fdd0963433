import XCTest
@testable import Indexer

/// Filters checked against `filterableAttributes` before they run.
final class FilterValidationTests: XCTestCase {
    private func failure(_ filter: String, _ rules: [FilterableAttributeRule]) throws -> EngineError? {
        let expression = try XCTUnwrap(FilterParser.parse(filter))
        do { try expression.validate(filterable: rules); return nil } catch { return error }
    }

    func testEveryAttributeMustMatchARule() throws {
        let rules = [FilterableAttributeRule(name: "color"), FilterableAttributeRule(name: "variant"),
                     FilterableAttributeRule(patterns: ["attr_*"])]
        XCTAssertNil(try failure("color = red AND variant.size > 3 AND attr_x = 1", rules))
        XCTAssertEqual(try failure("color = red OR price > 10", rules), EngineError("invalid_search_filter",
            "Attribute `price` is not filterable. Available filterable attribute patterns are: `attr_*, color, variant`.\n16:21 color = red OR price > 10"))
        XCTAssertEqual(try failure("price > 10", [])?.message,
            "Attribute `price` is not filterable. This index does not have configured filterable attributes.\n1:6 price > 10")
    }

    func testGranularRulesForbidOperators() throws {
        let rules = [FilterableAttributeRule(patterns: ["doggos.age"], equality: true, comparison: false),
                     FilterableAttributeRule(patterns: ["price"], equality: false, comparison: true)]
        XCTAssertNil(try failure("doggos.age = 2 AND doggos.age IN [1] AND price 1 TO 3 AND price EXISTS AND doggos.age IS NULL", rules))
        XCTAssertEqual(try failure("doggos.age > 2", rules)?.message, """
            Filter operator `>` is not allowed for the attribute `doggos.age`.
              - Note: allowed operators: OR, AND, NOT, =, !=, IN, IS EMPTY, IS NULL, EXISTS.
              - Note: field `doggos.age` matched rule #0 in `filterableAttributes`
              - Hint: enable comparison in rule #0 by modifying the features.filter object
              - Hint: prepend another rule matching `doggos.age` with appropriate filter features before rule #0
            """)
        XCTAssertTrue(try XCTUnwrap(failure("price != 3", rules)).message.hasPrefix(
            "Filter operator `!=` is not allowed for the attribute `price`.\n  - Note: allowed operators: OR, AND, NOT, <, >, <=, >=, TO, STARTS WITH, IS EMPTY, IS NULL, EXISTS.\n  - Note: field `price` matched rule #1 in `filterableAttributes`\n  - Hint: enable equality in rule #1"))
        // A rule enabling neither feature does not make its attributes filterable.
        let off = [FilterableAttributeRule(patterns: ["a"], facetSearch: true, equality: false, comparison: false)]
        XCTAssertEqual(try failure("a EXISTS", off)?.message,
            "Attribute `a` is not filterable. This index does not have configured filterable attributes.\n1:2 a EXISTS")
    }
}
