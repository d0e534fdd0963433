import LoupeJSON
import XCTest

final class JSONObjectTests: XCTestCase {
    func testSubscriptSetKeepsPositionAppendsAndRemoves() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = "two"
        XCTAssertEqual(object.keys, ["a", "b", "c"])
        XCTAssertEqual(object["b"], "two")
        object["d"] = 4
        XCTAssertEqual(object.keys, ["a", "b", "c", "d"])
        object["a"] = nil
        XCTAssertEqual(object.keys, ["b", "c", "d"])
        XCTAssertEqual(object.removeValue(forKey: "c"), 3)
        XCTAssertNil(object.removeValue(forKey: "zz"))
        XCTAssertEqual(object.keys, ["b", "d"])
        XCTAssertEqual(object.count, 2)
        object["nothing"] = nil
        XCTAssertEqual(object.count, 2)
    }

    func testPairsInitMergesDuplicateKeys() {
        let object = JSONObject([(key: "x", value: 1), (key: "y", value: 2), (key: "x", value: 3)])
        XCTAssertEqual(object.keys, ["x", "y"])
        XCTAssertEqual(object["x"], 3)
    }

    func testSequenceYieldsMembersInOrder() {
        let object: JSONObject = ["z": 1, "a": 2]
        XCTAssertEqual(object.map(\.key), ["z", "a"])
        XCTAssertEqual(object.map(\.value), [1, 2])
    }

    func testEqualityAndHashIgnoreMemberOrder() {
        let a: JSONObject = ["x": 1, "y": [true]]
        let b: JSONObject = ["y": [true], "x": 1]
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
        XCTAssertNotEqual(a, ["x": 1, "y": [false]])
        XCTAssertNotEqual(a, ["x": 1])
        XCTAssertNotEqual(a, ["x": 1, "z": [true]])
        XCTAssertEqual(Set<JSONValue>([.object(a), .object(b)]).count, 1)
    }
}
