import Foundation

/// The body formats the API accepts, recognised from the `Content-Type` header.
enum PayloadFormat: Sendable, Equatable {
    case json
    case ndjson
    case csv

    static let jsonOnly: [PayloadFormat] = [.json]
    static let documents: [PayloadFormat] = [.json, .ndjson, .csv]

    var mediaType: String {
        switch self {
        case .json: "application/json"
        case .ndjson: "application/x-ndjson"
        case .csv: "text/csv"
        }
    }

    /// The format named by a `Content-Type` value (parameters such as `charset` are ignored), if any.
    init?(contentType: String) {
        let essence = contentType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        switch essence {
        case "application/json": self = .json
        case "application/x-ndjson", "application/ndjson": self = .ndjson
        case "text/csv": self = .csv
        default: return nil
        }
    }
}
