@testable import QueryServer
import XCTest

final class TimestampTests: XCTestCase {
    func testRFC3339RoundTrip() throws {
        let time = Timestamp(seconds: 1_700_000_000, nanoseconds: 120_000_000)
        XCTAssertEqual(time.rfc3339, "2023-11-14T22:13:20.120000000Z")
        XCTAssertEqual(Timestamp(seconds: 0).rfc3339, "1970-01-01T00:00:00.000000000Z")
        XCTAssertEqual(Timestamp(rfc3339: time.rfc3339), time)
        XCTAssertEqual(Timestamp(rfc3339: "2023-11-14T23:13:20.12+01:00"), time)
        XCTAssertEqual(Timestamp(rfc3339: "2023-11-14")?.seconds, 1_699_920_000)
        XCTAssertNil(Timestamp(rfc3339: "2023-13-01"))
        XCTAssertNil(Timestamp(rfc3339: "yesterday"))
        XCTAssertEqual(Timestamp(seconds: 10, nanoseconds: 12_000_000).duration(since: Timestamp(seconds: 10)), "PT0.012S")
    }
}
