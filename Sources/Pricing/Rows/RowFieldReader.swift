import LoupeJSON

/// Reads typed columns from one JSON row object, throwing `PricingError.malformedRow` that names
/// the row position and the column.
struct RowFieldReader {
    let object: JSONObject
    let position: String

    init(_ value: JSONValue, position: String) throws(PricingError) {
        guard let object = value.objectValue else {
            throw .malformedRow(position: position, field: "(row)", reason: "expected a JSON object")
        }
        self.object = object
        self.position = position
    }

    func fail(_ field: String, _ reason: String) -> PricingError {
        .malformedRow(position: position, field: field, reason: reason)
    }

    func string(_ field: String) throws(PricingError) -> String {
        guard let s = object[field]?.stringValue else { throw fail(field, "expected a string") }
        return s
    }

    func optionalString(_ field: String) throws(PricingError) -> String? {
        guard let v = object[field], !v.isNull else { return nil }
        guard let s = v.stringValue else { throw fail(field, "expected a string or null") }
        return s
    }

    func bool(_ field: String, default fallback: Bool) throws(PricingError) -> Bool {
        guard let v = object[field], !v.isNull else { return fallback }
        guard let b = v.boolValue else { throw fail(field, "expected a boolean") }
        return b
    }

    /// `deleted_at IS NOT NULL`.
    var isDeleted: Bool {
        guard let v = object["deleted_at"] else { return false }
        return !v.isNull
    }

    /// A decimal given as a JSON number or as decimal text (Postgres `numeric`).
    func optionalDecimal(_ field: String) throws(PricingError) -> ExactDecimal? {
        guard let v = object[field], !v.isNull else { return nil }
        let text: String
        if let n = v.numberValue { text = n.literal } else if let s = v.stringValue { text = s } else {
            throw fail(field, "expected a number or decimal text")
        }
        guard let d = ExactDecimal(parsing: text) else { throw fail(field, "'\(text)' is not a decimal within 38 digits") }
        return d
    }

    func optionalInstant(_ field: String) throws(PricingError) -> PricingInstant? {
        guard let text = try optionalString(field) else { return nil }
        guard let instant = PricingInstant(iso8601: text) else { throw fail(field, "'\(text)' is not an ISO-8601 timestamp") }
        return instant
    }

    /// A jsonb column that may arrive as JSON or as its text.
    func jsonb(_ field: String) throws(PricingError) -> JSONValue? {
        guard let v = object[field], !v.isNull else { return nil }
        if let text = v.stringValue {
            do { return try JSONParser.parse(text) } catch { throw fail(field, "jsonb text does not parse: \(error)") }
        }
        return v
    }
}
