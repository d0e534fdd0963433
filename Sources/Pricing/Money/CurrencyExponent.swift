/// ISO 4217 minor-unit exponents: how many fraction digits a presented amount of a currency has
/// (JPY 0, USD 2, KWD 3).
///
/// Codes are matched case-insensitively. Currencies that ISO 4217 lists with a non-2 exponent
/// are tabled here; every other code (including non-ISO codes such as `eth`) uses 2 unless the
/// Loupe configuration overrides it (`PricingConfiguration.currencyExponents`).
public enum CurrencyExponent {
    /// Exponent used for codes that are not in the table and not configured.
    public static let defaultExponent = 2

    /// ISO 4217 currencies whose minor unit is not 2 decimals.
    static let nonDefault: [String: Int] = [
        // 0 decimals
        "bif": 0, "clp": 0, "djf": 0, "gnf": 0, "isk": 0, "jpy": 0, "kmf": 0, "krw": 0,
        "pyg": 0, "rwf": 0, "ugx": 0, "uyi": 0, "vnd": 0, "vuv": 0, "xaf": 0, "xof": 0, "xpf": 0,
        // 3 decimals
        "bhd": 3, "iqd": 3, "jod": 3, "kwd": 3, "lyd": 3, "omr": 3, "tnd": 3,
        // 4 decimals
        "clf": 4, "uyw": 4,
    ]

    /// The exponent for `currencyCode` (lower or upper case).
    public static func exponent(for currencyCode: String, overrides: [String: Int] = [:]) -> Int {
        let code = currencyCode.lowercased()
        if let configured = overrides[code] { return configured }
        return nonDefault[code] ?? defaultExponent
    }
}
