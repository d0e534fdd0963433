/// Meilisearch's two pagination modes, resolved against `maxTotalHits` (§1.4 of the API notes).
struct Pagination: Sendable {
    /// Hits to skip and return after clamping.
    let offset: Int
    let limit: Int
    /// Echoes for the response.
    let requestedLimit: Int
    let page: Int?
    let hitsPerPage: Int?
    let maxTotalHits: Int

    init(_ request: SearchRequest, maxTotalHits: Int) {
        self.maxTotalHits = maxTotalHits
        var offset = request.offset, limit = request.limit
        if request.usesFinitePagination {
            let hitsPerPage = request.hitsPerPage ?? 20
            let page = request.page ?? 1
            self.page = page
            self.hitsPerPage = hitsPerPage
            if page == 0 {
                offset = 0
                limit = 0
            } else {
                let (skip, overflow) = (page - 1).multipliedReportingOverflow(by: hitsPerPage)
                offset = overflow ? Int.max : skip
                limit = hitsPerPage
            }
        } else {
            page = nil
            hitsPerPage = nil
        }
        requestedLimit = limit
        self.offset = min(offset, maxTotalHits)
        self.limit = min(limit, maxTotalHits - self.offset)
    }

    var isFinite: Bool { page != nil }

    /// How many ranked hits the engine must produce.
    var needed: Int { offset + limit }
}
