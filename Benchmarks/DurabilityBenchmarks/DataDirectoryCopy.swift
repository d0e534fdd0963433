import Foundation

/// The data directory `scripts/bench` prepared once per catalogue size (`LOUPE_BENCH_DATA_DIR`: `loupe
/// serve --load` of the catalogue, which writes a snapshot, then stopped), and throwaway copies of it for
/// benchmarks that write (restarts, new snapshots, documents), so the prepared one stays as it was.
enum DataDirectoryCopy {
    static var prepared: String {
        guard let path = ProcessInfo.processInfo.environment["LOUPE_BENCH_DATA_DIR"], !path.isEmpty else {
            fatalError("LOUPE_BENCH_DATA_DIR is not set: run the suite through scripts/bench, which prepares the data directory")
        }
        return path
    }

    /// A fresh copy under the temporary directory; the caller removes it.
    static func make() -> String {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-bench-\(UUID().uuidString)").path
        do {
            try FileManager.default.copyItem(atPath: prepared, toPath: copy)
        } catch {
            fatalError("copying \(prepared): \(error)")
        }
        return copy
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}
