import LoupeJSON

/// Turns a documents body (JSON array or single object, NDJSON, CSV) into the documents it holds.
///
/// Errors are 400 `malformed_payload` naming the format and, for JSON and NDJSON, the line and column;
/// a JSON body that is neither an object nor an array of objects is rejected the same way.
enum DocumentPayload {
    static func documents(from payload: RequestPayload, csvDelimiter: UInt8) throws(APIError) -> [JSONValue] {
        switch payload.format {
        case .json:
            switch try payload.parseJSON() {
            case .array(let items):
                for (position, item) in items.enumerated() where item.objectValue == nil {
                    throw .malformedPayload("Document at position \(position) is not an object: `\(item.jsonString.prefix(100))`")
                }
                return items
            case .object(let object):
                return [.object(object)]
            case let other:
                throw .malformedPayload("expected an object or an array of objects, found \(other.jsonString.prefix(100))")
            }
        case .ndjson:
            let values: [JSONValue]
            do {
                values = try JSONParser.parseLines(payload.bytes)
            } catch {
                throw .malformedPayload(error.description, format: "ndjson")
            }
            for (position, value) in values.enumerated() where value.objectValue == nil {
                throw .malformedPayload("Document at position \(position) is not an object", format: "ndjson")
            }
            return values
        case .csv:
            do {
                return try CSVDocumentReader(delimiter: csvDelimiter).documents(payload.bytes)
            } catch {
                throw .malformedPayload(error.description, format: "csv")
            }
        }
    }
}
