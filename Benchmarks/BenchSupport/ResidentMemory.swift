import Foundation

/// The process's resident set size, read from `/proc/self/statm` (Linux).
public enum ResidentMemory {
    /// Resident bytes now, or 0 where `/proc` is not available.
    public static func bytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// How many resident bytes `body` adds while what it returns is still alive.
    public static func growth<T>(_ body: () throws -> T) rethrows -> (value: T, bytes: Int) {
        let before = bytes()
        let value = try body()
        return (value, max(0, bytes() - before))
    }
}
