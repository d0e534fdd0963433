import Indexer
import LoupeJSON

/// The statistics of one index generation (`GET /indexes/{uid}/stats`, an entry of `GET /stats`):
/// document count, approximate size, and how many documents hold each top-level field
/// (`fieldDistribution`, counted by reading the stored documents once).
struct IndexStatistics {
    let documents: Int
    let bytes: Int
    let fieldDistribution: [(field: String, count: Int)]

    init(_ generation: IndexGeneration) {
        documents = generation.documentCount
        bytes = generation.byteSize
        var counts: [String: Int] = [:]
        var order: [String] = []
        var offset = 0
        let pageSize = 1024
        while offset < documents {
            let page = generation.documents(offset: offset, limit: pageSize).documents
            if page.isEmpty { break }
            for stored in page {
                guard case .object(let object)? = try? JSONParser.parse(stored) else { continue }
                for key in object.keys {
                    if counts[key] == nil { order.append(key) }
                    counts[key, default: 0] += 1
                }
            }
            offset += page.count
        }
        fieldDistribution = order.sorted().map { ($0, counts[$0] ?? 0) }
    }

    var json: JSONValue {
        var distribution = JSONObject()
        for entry in fieldDistribution { distribution[entry.field] = .int(entry.count) }
        return ["numberOfDocuments": .int(documents), "rawDocumentDbSize": .int(bytes), "isIndexing": false,
                "fieldDistribution": .object(distribution)]
    }
}
