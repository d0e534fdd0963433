import XCTest
import LoupeJSON
@testable import Indexer

/// The filter grammar: each construct's tree, and each error class's message and position.
final class FilterParserTests: XCTestCase {
    /// Compact rendering of a tree, in Meilisearch's snapshot style.
    private func show(_ text: String) throws -> String {
        guard let expression = try FilterParser.parse(text) else { return "nil" }
        return render(expression)
    }

    private func render(_ e: FilterExpression) -> String {
        switch e {
        case .not(let inner): return "NOT (\(render(inner)))"
        case .and(let members): return "AND[" + members.map(render).joined(separator: ", ") + "]"
        case .or(let members): return "OR[" + members.map(render).joined(separator: ", ") + "]"
        case .condition(let c):
            let f = "{\(c.field.value)}"
            switch c.op {
            case .equal(let v): return "\(f) = {\(v.value)}"
            case .notEqual(let v): return "\(f) != {\(v.value)}"
            case .greaterThan(let v): return "\(f) > {\(v.value)}"
            case .greaterThanOrEqual(let v): return "\(f) >= {\(v.value)}"
            case .lessThan(let v): return "\(f) < {\(v.value)}"
            case .lessThanOrEqual(let v): return "\(f) <= {\(v.value)}"
            case .between(let a, let b): return "\(f) {\(a.value)} TO {\(b.value)}"
            case .in(let list): return "\(f) IN[" + list.map { "{\($0.value)}" }.joined(separator: ", ") + "]"
            case .exists: return "\(f) EXISTS"
            case .isNull: return "\(f) IS NULL"
            case .isEmpty: return "\(f) IS EMPTY"
            case .startsWith(let v): return "\(f) STARTS WITH {\(v.value)}"
            }
        }
    }

    private func message(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let parsed = try FilterParser.parse(text)
            XCTFail("expected an error, parsed \(String(describing: parsed))", file: file, line: line)
            return ""
        } catch {
            XCTAssertEqual(error.code, "invalid_search_filter", file: file, line: line)
            return error.message
        }
    }

    private let ops = FilterSyntaxError.operationList

    func testComparisonsAndQuoting() throws {
        XCTAssertEqual(try show("channel = Ponce"), "{channel} = {Ponce}")
        XCTAssertEqual(try show("subscribers = 12"), "{subscribers} = {12}")
        XCTAssertEqual(try show("channel = 'Mister Mv'"), "{channel} = {Mister Mv}")
        XCTAssertEqual(try show("channel = \"Mister Mv\""), "{channel} = {Mister Mv}")
        XCTAssertEqual(try show("'dog race' = Borzoi"), "{dog race} = {Borzoi}")
        XCTAssertEqual(try show("channel != ponce"), "{channel} != {ponce}")
        XCTAssertEqual(try show("subscribers < 1000"), "{subscribers} < {1000}")
        XCTAssertEqual(try show("subscribers > 1000"), "{subscribers} > {1000}")
        XCTAssertEqual(try show("subscribers <= 1000"), "{subscribers} <= {1000}")
        XCTAssertEqual(try show("subscribers >= 1000"), "{subscribers} >= {1000}")
        XCTAssertEqual(try show("price>10"), "{price} > {10}")
        XCTAssertEqual(try show("subscribers 100 TO 1000"), "{subscribers} {100} TO {1000}")
        XCTAssertEqual(try show("variant.color = red"), "{variant.color} = {red}")
        XCTAssertEqual(try show("x = -1.5e3"), "{x} = {-1.5e3}")
    }

    func testEscapes() throws {
        XCTAssertEqual(try show(#"title = 'foo\\'"#), #"{title} = {foo\}"#)
        XCTAssertEqual(try show(#"title = 'foo\\\\'"#), #"{title} = {foo\\}"#)
        XCTAssertEqual(try show(#"title = 'foo\x20\n\t\"\'"'"#), "{title} = {foo \n\t\"'\"}")
        XCTAssertEqual(try show(#"size = "27\" to 30\"""#), #"{size} = {27" to 30"}"#)
        XCTAssertEqual(try show(#"x = 'I\'m "super"'"#), #"{x} = {I'm "super"}"#)
        XCTAssertEqual(try show(#"x = "\u{e9}\u00e9\101""#), "{x} = {ééA}")
        XCTAssertEqual(message(#"x = "\q""#), "Malformed value: `\\\\q`.\n6:8 x = \"\\q\"")
        XCTAssertEqual(message(#"x = "\xZZ""#), "Found an invalid escaped sequence number: `\\\\xZZ`.\n6:10 x = \"\\xZZ\"")
    }

    func testInAndNegations() throws {
        XCTAssertEqual(try show("colour IN[]"), "{colour} IN[]")
        XCTAssertEqual(try show("colour IN[green,]"), "{colour} IN[{green}]")
        XCTAssertEqual(try show(" colour IN [  green , blue , ]"), "{colour} IN[{green}, {blue}]")
        XCTAssertEqual(try show("colour NOT IN[green,blue]"), "NOT ({colour} IN[{green}, {blue}])")
        XCTAssertEqual(try show(" colour NOT  IN [green, blue] "), "NOT ({colour} IN[{green}, {blue}])")
        XCTAssertEqual(try show("NOT channel = ponce"), "NOT ({channel} = {ponce})")
        XCTAssertEqual(try show("subscribers IS NULL"), "{subscribers} IS NULL")
        XCTAssertEqual(try show("subscribers  IS   NOT   NULL"), "NOT ({subscribers} IS NULL)")
        XCTAssertEqual(try show("NOT subscribers IS NOT NULL"), "{subscribers} IS NULL")
        XCTAssertEqual(try show("subscribers IS EMPTY"), "{subscribers} IS EMPTY")
        XCTAssertEqual(try show("subscribers IS NOT EMPTY"), "NOT ({subscribers} IS EMPTY)")
        XCTAssertEqual(try show("subscribers EXISTS"), "{subscribers} EXISTS")
        XCTAssertEqual(try show("subscribers NOT   EXISTS"), "NOT ({subscribers} EXISTS)")
        XCTAssertEqual(try show("NOT subscribers NOT EXISTS"), "{subscribers} EXISTS")
        XCTAssertEqual(try show("subscribers STARTS WITH 'hel'"), "{subscribers} STARTS WITH {hel}")
        XCTAssertEqual(try show("subscribers NOT STARTS WITH hel"), "NOT ({subscribers} STARTS WITH {hel})")
        XCTAssertEqual(try show("NOT NOT NOT NOT x = 5"), "{x} = {5}")
        XCTAssertEqual(try show("NOT NOT (NOT NOT x = 5)"), "{x} = {5}")
        XCTAssertEqual(try show(#"NOT "OR" EXISTS AND "EXISTS" NOT EXISTS"#), "AND[NOT ({OR} EXISTS), NOT ({EXISTS} EXISTS)]")
    }

    func testPrecedenceAndParentheses() throws {
        XCTAssertEqual(try show("channel = ponce AND 'dog race' != 'bernese mountain' OR subscribers > 1000"),
                       "OR[AND[{channel} = {ponce}, {dog race} != {bernese mountain}], {subscribers} > {1000}]")
        XCTAssertEqual(try show("a = 1 OR b = 2 OR c = 3 AND d = 4"), "OR[{a} = {1}, {b} = {2}, AND[{c} = {3}, {d} = {4}]]")
        XCTAssertEqual(try show("channel = ponce AND ( 'dog race' != 'bernese mountain' OR subscribers > 1000 )"),
                       "AND[{channel} = {ponce}, OR[{dog race} != {bernese mountain}, {subscribers} > {1000}]]")
        XCTAssertEqual(try show("NOT a = 1 AND b = 2"), "AND[NOT ({a} = {1}), {b} = {2}]")
        XCTAssertEqual(try show("(a = 1)OR(b = 2)"), "OR[{a} = {1}, {b} = {2}]")
        XCTAssertEqual(try show("   "), "nil")
        XCTAssertEqual(try show(""), "nil")
    }

    func testArrayForm() throws {
        let filter: JSONValue = ["a = 1", ["b = 2", "c = 3"], "", [], ["d = 4"]]
        let parsed = try XCTUnwrap(FilterParser.parse(filter))
        XCTAssertEqual(render(parsed), "AND[{a} = {1}, OR[{b} = {2}, {c} = {3}], {d} = {4}]")
        XCTAssertNil(try FilterParser.parse(JSONValue.array([])))
        XCTAssertNil(try FilterParser.parse(JSONValue.null))
        XCTAssertNil(try FilterParser.parse(JSONValue.array(["", [""]])))
    }

    func testWrongJSONTypes() {
        func failure(_ value: JSONValue) -> EngineError? {
            do { _ = try FilterParser.parse(value); return nil } catch { return error }
        }
        XCTAssertEqual(failure(true), EngineError("invalid_search_filter",
            "Invalid syntax for the filter parameter: `expected String, Array, found: true`."))
        XCTAssertEqual(failure(["a = 1", 3]), EngineError("invalid_search_filter",
            "Invalid syntax for the filter parameter: `expected String, [String], found: 3`."))
        XCTAssertEqual(failure([["a = 1", ["b = 1"]]]), EngineError("invalid_search_filter",
            "Invalid syntax for the filter parameter: `expected String, found: [\"b = 1\"]`."))
        // Type errors win over syntax errors that come earlier in the array.
        XCTAssertEqual(failure(["a ==", nil])?.message,
            "Invalid syntax for the filter parameter: `expected String, [String], found: null`.")
    }

    func testSyntaxErrorsAndPositions() {
        XCTAssertEqual(message("channel = Ponce = 12"),
            "Found unexpected characters at the end of the filter: `= 12`. You probably forgot an `OR` or an `AND` rule.\n17:21 channel = Ponce = 12")
        XCTAssertEqual(message("channel =    "), "Was expecting a value but instead got nothing.\n14:14 channel =    ")
        XCTAssertEqual(message("channel = 🐻 AND followers < 100"),
            "Was expecting a value but instead got `🐻`.\n11:12 channel = 🐻 AND followers < 100")
        XCTAssertEqual(message("'OR'"), "Was expecting an operation \(ops) at `\\'OR\\'`.\n1:5 'OR'")
        XCTAssertEqual(message("OR"),
            "Was expecting a value but instead got `OR`, which is a reserved keyword. To use `OR` as a field name or a value, surround it by quotes.\n1:3 OR")
        XCTAssertEqual(message("channel Ponce"), "Was expecting an operation \(ops) at `channel Ponce`.\n1:14 channel Ponce")
        XCTAssertEqual(message("channel = Ponce OR"), "Was expecting an operation \(ops) but instead got nothing.\n19:19 channel = Ponce OR")
        XCTAssertEqual(message("title & Glass"), "Was expecting an operation \(ops) at `title & Glass`.\n1:14 title & Glass")
        XCTAssertEqual(message("channel = 'ponce"), "Expression `\\'ponce` is missing the following closing delimiter: `'`.\n11:17 channel = 'ponce")
        XCTAssertEqual(message("channel = \"ponce"), "Expression `\\\"ponce` is missing the following closing delimiter: `\"`.\n11:17 channel = \"ponce")
        XCTAssertEqual(message("channel = mv OR (followers >= 1000"),
            "Expression `(followers >= 1000` is missing the following closing delimiter: `)`.\n17:35 channel = mv OR (followers >= 1000")
        XCTAssertEqual(message("channel = mv OR followers >= 1000)"),
            "Found unexpected characters at the end of the filter: `)`. You probably forgot an `OR` or an `AND` rule.\n34:35 channel = mv OR followers >= 1000)")
        XCTAssertEqual(message("colour NOT EXIST"), "Was expecting an operation \(ops) at `colour NOT EXIST`.\n1:17 colour NOT EXIST")
        XCTAssertEqual(message("subscribers 100 TO1000"), "Was expecting an operation \(ops) at `subscribers 100 TO1000`.\n1:23 subscribers 100 TO1000")
        XCTAssertEqual(message("channel = ponce ORdog != 'bernese mountain'"),
            "Found unexpected characters at the end of the filter: `ORdog != \\'bernese mountain\\'`. You probably forgot an `OR` or an `AND` rule.\n17:44 channel = ponce ORdog != 'bernese mountain'")
        XCTAssertEqual(message("color = red and size = 42"),
            "Found unexpected characters at the end of the filter: `and size = 42`. You probably forgot an `OR` or an `AND` rule.\n13:26 color = red and size = 42")
        XCTAssertEqual(message("x = EXISTS"),
            "Was expecting a value but instead got `EXISTS`, which is a reserved keyword. To use `EXISTS` as a field name or a value, surround it by quotes.\n5:11 x = EXISTS")
        XCTAssertEqual(message("AND = 8"),
            "Was expecting a value but instead got `AND`, which is a reserved keyword. To use `AND` as a field name or a value, surround it by quotes.\n1:4 AND = 8")
        XCTAssertEqual(message("NOT OR EXISTS AND EXISTS NOT EXISTS"),
            "Was expecting a value but instead got `OR`, which is a reserved keyword. To use `OR` as a field name or a value, surround it by quotes.\n5:7 NOT OR EXISTS AND EXISTS NOT EXISTS")
        XCTAssertEqual(message("value IS NOT"), "Was expecting an operation \(ops) at `value IS NOT`.\n1:13 value IS NOT")
    }

    func testInErrors() {
        XCTAssertEqual(message("colour IN blue, green]"), "Expected `[` after `IN` keyword.\n11:23 colour IN blue, green]")
        XCTAssertEqual(message("colour IN [blue, green, 'blue' > 2]"),
            "Expected only comma-separated field names inside `IN[..]` but instead found `> 2]`.\n32:36 colour IN [blue, green, 'blue' > 2]")
        XCTAssertEqual(message("colour IN [blue, green, AND]"),
            "Expected only comma-separated field names inside `IN[..]` but instead found `AND]`.\n25:29 colour IN [blue, green, AND]")
        XCTAssertEqual(message("colour IN [blue, green"),
            "Expected matching `]` after the list of field names given to `IN[`\n23:23 colour IN [blue, green")
        XCTAssertEqual(message("colour IN ['blue, green"),
            "Expression `\\'blue, green` is missing the following closing delimiter: `'`.\n12:24 colour IN ['blue, green")
    }

    func testGeoIsParsedThenRejected() {
        XCTAssertEqual(message("_geoRadius(12, 13, 14)"),
            "The `_geoRadius` filter is not supported: this engine does not index `_geo` coordinates.\n1:23 _geoRadius(12, 13, 14)")
        XCTAssertEqual(message("a = 1 AND _geoBoundingBox([12,13],[14,15])"),
            "The `_geoBoundingBox` filter is not supported: this engine does not index `_geo` coordinates.\n11:43 a = 1 AND _geoBoundingBox([12,13],[14,15])")
        XCTAssertEqual(message("_geoRadius = 12"),
            "The `_geoRadius` filter expects three arguments: `_geoRadius(latitude, longitude, radius)`.\n1:16 _geoRadius = 12")
        XCTAssertEqual(message("_geoBoundingBox(1.0, 1.0)"),
            "The `_geoBoundingBox` filter expects two pairs of arguments: `_geoBoundingBox([latitude, longitude], [latitude, longitude])`.\n1:26 _geoBoundingBox(1.0, 1.0)")
        XCTAssertTrue(message("_geoPolygon([1,2],[3,4])").hasPrefix("The `_geoPolygon` filter expects at least three points"))
        XCTAssertTrue(message("position <= _geoPoint(12, 13, 14)").hasSuffix("\n13:34 position <= _geoPoint(12, 13, 14)"))
        XCTAssertTrue(message("_geo = 3").hasPrefix("`_geo` is a reserved keyword"))
        XCTAssertEqual(message("position <= _geoRadius(12, 13, 14)"),
            "The `_geoRadius` filter is an operation and can't be used as a value.\n13:35 position <= _geoRadius(12, 13, 14)")
    }

    func testContainsNeedsTheExperimentalFeature() {
        XCTAssertThrowsError(try FilterParser.parse("title CONTAINS 'hel'")) { error in
            let error = error as! EngineError
            XCTAssertEqual(error.code, "feature_not_enabled")
            XCTAssertTrue(error.message.hasSuffix("\n7:15 title CONTAINS 'hel'"), error.message)
        }
    }

    func testDepthAndConditionLimits() throws {
        let ok = String(repeating: "(", count: 150) + "x = 1" + String(repeating: ")", count: 150)
        XCTAssertEqual(try show(ok), "{x} = {1}")
        let deep = String(repeating: "(", count: 151) + "x = 1" + String(repeating: ")", count: 151)
        XCTAssertEqual(message(deep),
            "The filter exceeded the maximum depth limit. Try rewriting the filter so that it contains fewer nested conditions.\n151:308 \(deep)")
        XCTAssertTrue(message(String(repeating: "NOT ", count: 151) + "x = 1").hasPrefix("The filter exceeded the maximum depth limit."))
        // A hostile 100 000-deep input fails fast instead of overflowing the stack.
        XCTAssertTrue(message(String(repeating: "(", count: 100_000)).hasPrefix("The filter exceeded the maximum depth limit."))

        let many = (0...FilterParser.maxConditions).map { "a = \($0)" }.joined(separator: " OR ")
        XCTAssertTrue(message(many).hasPrefix("Too many filter conditions, can't process more than 2000 filters.\n"))
        let enough = (1...FilterParser.maxConditions).map { "a = \($0)" }.joined(separator: " OR ")
        XCTAssertNotNil(try FilterParser.parse(enough))
    }

    func testMultiLineColumnsAreRelativeToTheLine() {
        XCTAssertTrue(message("a = 1 AND\nb = ").hasSuffix("\n5:5 a = 1 AND\nb = "))
    }
}
