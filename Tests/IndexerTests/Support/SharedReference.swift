import Foundation
import LoupeJSON
import XCTest

/// Locates and loads files from `../shared/reference` beside the repository. A missing folder is a test
/// failure with a clear message, never a skip.
enum SharedReference {
    static var directory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/reference")
    }

    static func json(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("Missing \(url.path): the tests read ../shared/reference beside the repository.", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONParser.parse([UInt8](data))
    }
}
