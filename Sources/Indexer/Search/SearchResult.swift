import LoupeJSON

/// The outcome of a search, ready to be written as Meilisearch's response body.
public struct SearchResult: Sendable {
    /// Each hit's JSON object, already projected and formatted.
    public var hits: [[UInt8]]
    /// The primary-key value of each hit, in order.
    public var hitIDs: [String]
    public var query: String
    public var processingTimeMs: Int
    /// Documents matching the query (capped at `maxTotalHits` when written).
    public var totalHits: Int
    public var facetDistribution: JSONValue?
    public var facetStats: JSONValue?
    let pagination: Pagination

    /// Writes the response object with Meilisearch's key order.
    public func write(to writer: inout JSONWriter) {
        writer.writeRaw("{\"hits\":[")
        for (index, hit) in hits.enumerated() {
            if index > 0 { writer.writeRaw(",") }
            writer.writeRaw(hit)
        }
        writer.writeRaw("],\"query\":")
        writer.writeString(query)
        writer.writeRaw(",\"processingTimeMs\":")
        writer.writeInt(processingTimeMs)
        Self.writeTotals(to: &writer, total: min(totalHits, pagination.maxTotalHits), limit: pagination.requestedLimit,
                         offset: pagination.offset, page: pagination.page, hitsPerPage: pagination.hitsPerPage)
        if let facetDistribution {
            writer.writeRaw(",\"facetDistribution\":")
            writer.write(facetDistribution)
        }
        if let facetStats {
            writer.writeRaw(",\"facetStats\":")
            writer.write(facetStats)
        }
        writer.writeRaw("}")
    }

    /// Writes the pagination members of a search response: `hitsPerPage, page, totalPages, totalHits` when
    /// `page` and `hitsPerPage` are given (exact totals), else `limit, offset, estimatedTotalHits`.
    public static func writeTotals(to writer: inout JSONWriter, total: Int, limit: Int, offset: Int, page: Int?, hitsPerPage: Int?) {
        if let page, let hitsPerPage {
            writer.writeRaw(",\"hitsPerPage\":")
            writer.writeInt(hitsPerPage)
            writer.writeRaw(",\"page\":")
            writer.writeInt(page)
            writer.writeRaw(",\"totalPages\":")
            writer.writeInt(hitsPerPage == 0 ? 0 : (total + hitsPerPage - 1) / hitsPerPage)
            writer.writeRaw(",\"totalHits\":")
            writer.writeInt(total)
        } else {
            writer.writeRaw(",\"limit\":")
            writer.writeInt(limit)
            writer.writeRaw(",\"offset\":")
            writer.writeInt(offset)
            writer.writeRaw(",\"estimatedTotalHits\":")
            writer.writeInt(total)
        }
    }

    /// The response as a JSON value (convenient in tests; the server writes bytes directly).
    public func json() throws -> JSONValue {
        var writer = JSONWriter(capacity: 1024)
        write(to: &writer)
        return try JSONParser.parse(writer.bytes)
    }
}
