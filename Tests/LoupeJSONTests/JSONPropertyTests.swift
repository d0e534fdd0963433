import Foundation
import LoupeJSON
import XCTest

/// Random documents: our own round trip, and agreement with Foundation's JSONSerialization.
final class JSONPropertyTests: XCTestCase {
    func testRandomValuesRoundTripThroughWriterAndParser() throws {
        var random = RandomJSON(rng: SeededGenerator(seed: 0x5EED))
        for _ in 0..<2000 {
            let value = random.value(depth: 4)
            let bytes = value.serialized()
            let parsed = try JSONParser.parse(bytes)
            XCTAssertEqual(parsed, value, value.jsonString)
            XCTAssertEqual(parsed.serialized(), bytes, "serialization must be stable, key order included")
        }
    }

    func testFoundationParsesWhatWeWrite() throws {
        var random = RandomJSON(rng: SeededGenerator(seed: 42))
        for _ in 0..<500 {
            let value = random.value(depth: 4)
            let foundation = try JSONSerialization.jsonObject(with: Data(value.serialized()), options: [.fragmentsAllowed])
            assertSame(value, foundation)
        }
    }

    func testWeParseWhatFoundationWrites() throws {
        var random = RandomJSON(rng: SeededGenerator(seed: 99))
        for _ in 0..<500 {
            let value = random.value(depth: 4)
            let foundation = try JSONSerialization.jsonObject(with: Data(value.serialized()), options: [.fragmentsAllowed])
            let rewritten = try JSONSerialization.data(withJSONObject: foundation, options: [.fragmentsAllowed])
            let parsed = try JSONParser.parse(Array(rewritten))
            assertSame(parsed, foundation)
        }
    }

    /// Compares our value with a Foundation object graph (objects by key, numbers by Double).
    private func assertSame(_ value: JSONValue, _ object: Any, path: String = "$", file: StaticString = #filePath, line: UInt = #line) {
        switch value {
        case .null:
            XCTAssertTrue(object is NSNull, path, file: file, line: line)
        case .bool(let b):
            XCTAssertEqual((object as? NSNumber)?.boolValue, b, path, file: file, line: line)
        case .number(let n):
            guard let number = object as? NSNumber else { return XCTFail("\(path): not a number", file: file, line: line) }
            let expected = n.doubleValue
            XCTAssertEqual(number.doubleValue, expected, accuracy: Swift.max(1e-9, abs(expected) * 1e-15), path, file: file, line: line)
        case .string(let s):
            XCTAssertEqual(object as? String, s, path, file: file, line: line)
        case .array(let elements):
            guard let array = object as? [Any], array.count == elements.count else {
                return XCTFail("\(path): array mismatch", file: file, line: line)
            }
            for (k, element) in elements.enumerated() { assertSame(element, array[k], path: "\(path)[\(k)]", file: file, line: line) }
        case .object(let members):
            guard let dictionary = object as? [String: Any], dictionary.count == members.count else {
                return XCTFail("\(path): object mismatch", file: file, line: line)
            }
            for (key, member) in members {
                guard let other = dictionary[key] else { return XCTFail("\(path): missing \(key)", file: file, line: line) }
                assertSame(member, other, path: "\(path).\(key)", file: file, line: line)
            }
        }
    }
}
