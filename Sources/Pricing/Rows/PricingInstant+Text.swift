extension PricingInstant {
    /// UTC ISO-8601 text with milliseconds (`2025-06-15T12:00:00.000Z`), readable back by
    /// ``init(iso8601:)``. Years outside 0…9999 are written with as many digits as they need.
    public var iso8601: String {
        let (days, millisOfDay) = millisecondsSinceEpoch.quotientAndRemainder(dividingBy: 86_400_000)
        let day = millisOfDay < 0 ? days - 1 : days
        let ms = millisOfDay < 0 ? millisOfDay + 86_400_000 : millisOfDay
        let date = Self.civil(fromDays: Int(day))
        func pad(_ v: Int, _ width: Int) -> String {
            let text = String(v)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let seconds = Int(ms / 1000)
        let year = date.year < 0 ? "-" + pad(-date.year, 4) : pad(date.year, 4)
        return "\(year)-\(pad(date.month, 2))-\(pad(date.day, 2))T\(pad(seconds / 3600, 2)):"
            + "\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(Int(ms % 1000), 3))Z"
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (inverse of `daysFromCivil`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
