import Foundation
import LoupeJSON

/// Locates and loads files from `../shared/reference` beside the repository. A missing file throws an
/// error that says where it was looked for, so a test fails clearly instead of skipping.
public enum SharedReference {
    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "Missing \(path): the tests read ../shared/reference beside the repository." }
    }

    public static var directory: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/reference")
    }

    public static func bytes(_ name: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: url.path) }
        return [UInt8](data)
    }

    public static func json(_ name: String) throws -> JSONValue {
        try JSONParser.parse(bytes(name))
    }
}
