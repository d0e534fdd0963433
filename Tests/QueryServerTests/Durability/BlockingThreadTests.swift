#if os(Linux)
import Glibc
#endif
import XCTest
@testable import QueryServer

/// Snapshot writing runs on its own thread at the lowest CPU priority, and only that thread is lowered.
final class BlockingThreadTests: XCTestCase {
    func testWorkRunsAtNiceNineteenAndTheCallerKeepsItsPriority() async throws {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let before = getpriority(which, 0)
        let inside = try await BlockingThread.run(name: "loupe-test") { getpriority(which, 0) }
        XCTAssertEqual(inside, 19)
        XCTAssertEqual(getpriority(which, 0), before)
        #else
        throw XCTSkip("thread nice values are a Linux feature")
        #endif
    }

    func testErrorsReachTheCaller() async {
        struct Boom: Error {}
        do {
            _ = try await BlockingThread.run(name: "loupe-test") { () throws -> Int in throw Boom() }
            XCTFail("expected the body's error")
        } catch {
            XCTAssertTrue(error is Boom)
        }
    }
}
