/// Formats Unix seconds as ISO-8601 UTC text, `2025-06-15T12:00:00Z`, with integer arithmetic
/// only (days-to-civil conversion of the proleptic Gregorian calendar). Times before 1970 are
/// formatted too; years stay four digits for 0...9999.
enum ISOTimestamp {
    static func append(_ unixSeconds: Int, to encoder: inout RowEncoder) {
        let days = unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400
        let secondOfDay = unixSeconds - days * 86_400
        // Civil from days (H. Hinnant), era of 400 years starting 0000-03-01.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)

        encoder.rawInt(year, width: 4)
        encoder.rawByte(UInt8(ascii: "-"))
        encoder.rawInt(month, width: 2)
        encoder.rawByte(UInt8(ascii: "-"))
        encoder.rawInt(day, width: 2)
        encoder.rawByte(UInt8(ascii: "T"))
        encoder.rawInt(secondOfDay / 3_600, width: 2)
        encoder.rawByte(UInt8(ascii: ":"))
        encoder.rawInt(secondOfDay / 60 % 60, width: 2)
        encoder.rawByte(UInt8(ascii: ":"))
        encoder.rawInt(secondOfDay % 60, width: 2)
        encoder.rawByte(UInt8(ascii: "Z"))
    }
}
