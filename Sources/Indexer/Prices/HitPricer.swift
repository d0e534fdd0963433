import LoupeJSON

/// Prices the hits of one search (Loupe's priced search). The server implements it over the price
/// book for the caller's price context; the engine only knows that a document's price keys — the
/// values of ``keyAttribute``, e.g. its variant ids — give one `_price` object and one amount.
///
/// With a pricer, `_price` is also a filterable, sortable and facetable number in that search
/// (`_price < 50`, `sort: ["_price:asc"]`, `facets: ["_price"]` for `facetStats`).
public protocol HitPricer: Sendable {
    /// Dotted attribute holding each document's price keys (`variants.id` for Medusa products).
    var keyAttribute: String { get }

    /// Identifies the prices this pricer gives (price book generation and context): equal keys give
    /// equal amounts, so the per-segment `_price` columns built for one are reused by the next search.
    var cacheKey: String { get }

    /// The `_price` member of a hit whose document carries `keys`, or nil when none of them is priced
    /// in this context (the hit then carries `"_price": null`).
    func price(forKeys keys: [String]) -> JSONValue?

    /// The amount filters, sort and facet stats use for a document carrying `keys` (the calculated
    /// amount of the same variant ``price(forKeys:)`` picks, as the nearest `Double`), or nil.
    func amount(forKeys keys: [String]) -> Double?
}

extension HitPricer {
    /// The price keys of a stored document: every string (or integer) value under ``keyAttribute``.
    func keys(of document: JSONObject) -> [String] {
        DocumentLeaves.values(at: keyAttribute, in: document).compactMap { leaf in
            switch leaf {
            case .text(let text): text
            case .number(let number): number.int64Value.map(String.init)
            default: nil
            }
        }
    }
}

/// The pseudo-attribute of priced search.
enum PricedAttribute {
    static let name = "_price"

    /// Whether a request filters, sorts or counts facets on `_price` (then its columns are needed).
    static func isReferenced(by request: SearchRequest) -> Bool {
        request.sort.contains { $0.hasPrefix(name + ":") }
            || request.facets.contains(name) || request.disjunctiveFacets.contains(name)
            || (request.filter.map { $0.jsonString.contains(name) } ?? false)
    }
}
