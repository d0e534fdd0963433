import Foundation

/// A file opened for writing from scratch, appended to in chunks; failures become
/// `CatalogGenerationError.output` with the path.
final class OutputFile {
    let path: String
    private let handle: FileHandle
    private(set) var bytesWritten = 0

    init(path: String) throws(CatalogGenerationError) {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw .output(path: path, reason: "the file cannot be created")
        }
        self.handle = handle
    }

    func append(_ bytes: [UInt8]) throws(CatalogGenerationError) {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw .output(path: path, reason: error.localizedDescription)
        }
        bytesWritten += bytes.count
    }

    func close() throws(CatalogGenerationError) {
        do {
            try handle.close()
        } catch {
            throw .output(path: path, reason: error.localizedDescription)
        }
    }

    static func createDirectory(_ path: String) throws(CatalogGenerationError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .output(path: path, reason: "a file of that name is in the way") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .output(path: path, reason: error.localizedDescription)
        }
    }
}
