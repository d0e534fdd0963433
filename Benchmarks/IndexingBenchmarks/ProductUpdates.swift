import BenchSupport
import LoupeJSON

/// Endless single-product changes for update benchmarks: product `k` of the catalogue (cycling) with its
/// `price` moved by one cent per pass, so every write replaces a live document with a different one.
final class ProductUpdates: @unchecked Sendable {
    private let products: [JSONObject]
    private var next = 0

    /// Takes `pool` products spread over the whole catalogue.
    init(pool: Int) {
        let count = BenchCatalogue.productCount
        let step = max(1, count / pool)
        products = stride(from: 0, to: count, by: step).prefix(pool).map { index in
            guard case .object(let product)? = try? BenchCatalogue.generator.product(at: index) else {
                fatalError("product \(index) is not an object")
            }
            return product
        }
    }

    /// The next changed product.
    func advance() -> JSONValue {
        defer { next += 1 }
        var product = products[next % products.count]
        let pass = Int64(next / products.count + 1)
        if case .number(let price)? = product["price"], let cents = price.int64Value {
            product["price"] = .number(JSONNumber(cents + pass))
        }
        return .object(product)
    }

    /// The next `count` changed products (one write batch).
    func batch(_ count: Int) -> [JSONValue] {
        (0..<count).map { _ in advance() }
    }
}
