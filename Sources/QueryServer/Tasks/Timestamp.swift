#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A wall-clock instant with nanosecond precision, written as RFC 3339 in UTC with fractional seconds
/// (`2026-11-23T10:15:02.123456789Z`, always nine fraction digits) like Meilisearch; clients such as the
/// Python SDK require the fraction to be present.
public struct Timestamp: Sendable, Comparable, Hashable {
    public let seconds: Int64
    public let nanoseconds: Int32

    public init(seconds: Int64, nanoseconds: Int32 = 0) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    public static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(seconds: Int64(spec.tv_sec), nanoseconds: Int32(spec.tv_nsec))
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
    }

    public var rfc3339: String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        var text = "\(parts.tm_year + 1900)-\(Self.pad(parts.tm_mon + 1))-\(Self.pad(parts.tm_mday))T"
            + "\(Self.pad(parts.tm_hour)):\(Self.pad(parts.tm_min)):\(Self.pad(parts.tm_sec))"
        let fraction = String(nanoseconds)
        return text + "." + String(repeating: "0", count: 9 - fraction.count) + fraction + "Z"
    }

    /// The ISO 8601 duration from `start` to this instant (`PT0.012345S`).
    public func duration(since start: Timestamp) -> String {
        let nanos = max(0, (seconds - start.seconds) * 1_000_000_000 + Int64(nanoseconds - start.nanoseconds))
        var fraction = String(nanos % 1_000_000_000)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "PT\(nanos / 1_000_000_000)" + (fraction.isEmpty ? "" : "." + fraction) + "S"
    }

    private static func pad(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Parses RFC 3339 (`2025-01-31T12:00:00Z`, with optional fraction and `±hh:mm` offset, `T` or a
    /// space between date and time) or a bare date (`2025-01-31`, midnight UTC). Nil when malformed.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == 0x2D, let month = number(5, 2), bytes[7] == 0x2D,
              let day = number(8, 2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, nanos = 0, offset = 0
        var cursor = 10
        if cursor < bytes.count {
            guard bytes[cursor] == UInt8(ascii: "T") || bytes[cursor] == UInt8(ascii: " "),
                  let h = number(cursor + 1, 2), bytes.count > cursor + 3, bytes[cursor + 3] == 0x3A,
                  let m = number(cursor + 4, 2), bytes.count > cursor + 6, bytes[cursor + 6] == 0x3A,
                  let s = number(cursor + 7, 2), h < 24, m < 60, s < 61 else { return nil }
            hour = h; minute = m; second = s
            cursor += 9
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
                cursor += 1
                var digits = 0
                while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                    if digits < 9 { nanos = nanos * 10 + Int(bytes[cursor] - 0x30); digits += 1 }
                    cursor += 1
                }
                guard digits > 0 else { return nil }
                for _ in digits..<9 { nanos *= 10 }
            }
            guard cursor < bytes.count else { return nil }
            switch bytes[cursor] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                guard cursor + 1 == bytes.count else { return nil }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard cursor + 6 == bytes.count, let oh = number(cursor + 1, 2), bytes[cursor + 3] == 0x3A,
                      let om = number(cursor + 4, 2) else { return nil }
                offset = (oh * 3600 + om * 60) * (bytes[cursor] == UInt8(ascii: "+") ? 1 : -1)
            default:
                return nil
            }
        }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let epoch = timegm(&parts)
        self.init(seconds: Int64(epoch) - Int64(offset), nanoseconds: Int32(nanos))
    }
}
