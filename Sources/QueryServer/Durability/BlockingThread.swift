import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs blocking background work (writing a snapshot: seconds of encoding and file I/O) on its own thread
/// instead of the cooperative pool, whose few threads serve the searches, and at the lowest CPU priority
/// (nice 19) so that on a busy machine a search preempts it rather than waits behind it.
enum BlockingThread {
    static func run<T: Sendable>(name: String, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                lowerThisThreadsPriority()
                continuation.resume(with: Result { try body() })
            }
            thread.name = name
            thread.start()
        }
    }

    /// On Linux the nice value belongs to the thread, and `who` 0 names the calling thread; lowering it
    /// needs no privilege. Elsewhere the thread keeps the default priority.
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }
}
