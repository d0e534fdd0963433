/// Geo functions: parsed for their shape (so argument errors read like Meilisearch's), then rejected,
/// because Loupe does not index `_geo` coordinates. `_geo`, `_geoPoint` and `_geoDistance` are reserved.
extension FilterTextParser {
    /// At a primary: a well-formed geo function is a failure "not supported", a malformed one an argument error.
    func rejectGeoFunction(_ p: Int) throws(Failure) {
        let start = skipMultispace(p)
        if let end = wordExact("_geoRadius", start) {
            guard let (arguments, close) = parseArguments(end), arguments.allSatisfy({ $0.count == 1 }),
                  (3...4).contains(arguments.count) else { throw failure(.geoRadiusArguments, p, n) }
            throw failure(.geoUnsupported("_geoRadius"), start, close)
        }
        if let end = wordExact("_geoBoundingBox", start) {
            guard let (points, close) = parseArguments(end), points.count == 2, points.allSatisfy({ $0.count == 2 }) else {
                throw failure(.geoBoundingBoxArguments, p, n)
            }
            throw failure(.geoUnsupported("_geoBoundingBox"), start, close)
        }
        if let end = wordExact("_geoPolygon", start) {
            guard let (points, close) = parseArguments(end), points.count >= 3, points.allSatisfy({ $0.count == 2 }) else {
                throw failure(.geoPolygonArguments, p, n)
            }
            throw failure(.geoUnsupported("_geoPolygon"), start, close)
        }
    }

    /// A value that starts like a geo function or reserved geo field is a failure.
    func rejectReservedGeoValue(_ start: Int) throws(Failure) {
        if tag("_geoPoint", start) != nil { throw failure(.reservedGeo("_geoPoint"), start, n) }
        if tag("_geoDistance", start) != nil { throw failure(.reservedGeo("_geoDistance"), start, n) }
        if wordExact("_geo", start) != nil { throw failure(.reservedGeo("_geo"), start, n) }
        for name in ["_geoRadius", "_geoBoundingBox", "_geoPolygon"] where wordExact(name, start) != nil {
            throw failure(.misusedGeo(name), start, n)
        }
    }

    /// `( arg { , arg } [,] )` where each arg is a number (one-element group) or `[num, num]`;
    /// returns the groups and the position after `)`.
    private func parseArguments(_ p: Int) -> ([[Double]], Int)? {
        guard p < n, s[p] == "(" else { return nil }
        var groups: [[Double]] = []
        var i = skipMultispace(p + 1)
        while i < n, s[i] != ")" {
            if s[i] == "[" {
                var group: [Double] = []
                i = skipMultispace(i + 1)
                while i < n, s[i] != "]" {
                    guard let (value, end) = number(i) else { return nil }
                    group.append(value)
                    i = skipMultispace(end)
                    if i < n, s[i] == "," { i = skipMultispace(i + 1) }
                }
                guard i < n else { return nil }
                groups.append(group)
                i = skipMultispace(i + 1)
            } else {
                guard let (value, end) = number(i) else { return nil }
                groups.append([value])
                i = skipMultispace(end)
            }
            if i < n, s[i] == "," { i = skipMultispace(i + 1) } else if i < n, s[i] != ")" { return nil }
        }
        guard i < n else { return nil }
        return (groups, i + 1)
    }

    private func number(_ p: Int) -> (Double, Int)? {
        var end = p
        while end < n, isValueComponent(s[end]) || s[end] == "+" { end += 1 }
        guard end > p, let value = FilterNumber.finiteValue(of: text(p, end)) else { return nil }
        return (value, end)
    }
}
