import Foundation

/// Runs blocking work (file I/O that takes seconds) on its own thread instead of the cooperative pool,
/// whose few threads serve the searches.
enum BlockingThread {
    static func run<T: Sendable>(name: String, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.name = name
            thread.start()
        }
    }
}
