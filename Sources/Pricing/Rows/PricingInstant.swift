#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point in time in UTC milliseconds since the Unix epoch; the clock against which price-list
/// windows (`starts_at`, `ends_at`, both inclusive) are evaluated.
///
/// Parses ISO-8601 / Postgres `timestamptz` text (`2025-06-15T12:00:00Z`,
/// `2025-06-15 12:00:00.123+02`, `2025-06-15T12:00:00+02:00`, a bare date). Sub-millisecond
/// digits are truncated.
public struct PricingInstant: Sendable, Hashable, Comparable {
    public let millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The current wall-clock time.
    public static func now() -> PricingInstant {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return PricingInstant(millisecondsSinceEpoch: Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
    }

    public static func < (a: PricingInstant, b: PricingInstant) -> Bool {
        a.millisecondsSinceEpoch < b.millisecondsSinceEpoch
    }

    /// Parses an ISO-8601 or Postgres timestamp; nil when malformed. A value without an offset is UTC.
    public init?(iso8601 text: String) {
        let b = Array(text.utf8)
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= b.count else { return nil }
            var v = 0
            for k in i..<(i + width) {
                let c = b[k]
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += width
            return v
        }
        func expect(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, millis = 0, offsetMinutes = 0
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") {
            i += 1
            guard let h = number(2), expect(":"), let m = number(2) else { return nil }
            hour = h; minute = m
            if expect(":") {
                guard let s = number(2) else { return nil }
                second = s
                if expect(".") || expect(",") {
                    var digits = 0
                    while i < b.count, b[i] >= 48, b[i] <= 57 {
                        if digits < 3 { millis = millis * 10 + Int(b[i] - 48) }
                        digits += 1
                        i += 1
                    }
                    guard digits > 0 else { return nil }
                    if digits < 3 { for _ in digits..<3 { millis *= 10 } }
                }
            }
            guard hour < 24, minute < 60, second < 61 else { return nil }
            if i < b.count {
                if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                    i += 1
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                    guard let oh = number(2) else { return nil }
                    var om = 0
                    if expect(":") {
                        guard let m = number(2) else { return nil }
                        om = m
                    } else if let m = number(2) {
                        om = m
                    }
                    offsetMinutes = sign * (oh * 60 + om)
                }
            }
        }
        guard i == b.count else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        self.init(millisecondsSinceEpoch: seconds * 1000 + Int64(millis))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
