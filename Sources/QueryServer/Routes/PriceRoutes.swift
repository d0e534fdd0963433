import Hummingbird
import LoupeJSON
import Pricing

/// The store backend's pricing endpoints (action `prices.calculate`; the master key and `*` keys hold it):
///
/// - `POST /prices/calculate` → `{"price_sets": [Medusa's calculated price sets in request
///   order], "missing_ids": [...], "unpriced_ids": [...]}`, plus `"explanations"` (every candidate
///   and why it won, lost or was rejected) when `"explain": true`.
/// - `POST /carts/price` → the priced cart: per line unit price, compare-at price, tier, next tier,
///   quantity-rule violations and exact totals (see `CartPricing.toJSON`).
struct PriceRoutes {
    let state: ServerState

    func register(on router: Router<LoupeContext>) {
        router.post("/prices/calculate") { request, _ in
            var request = request
            try state.authorize(request, .pricesCalculate)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxSearchPayloadBytes)
            let calculation = try PriceCalculationRequest(json: body)
            return try Response.json(state.calculatePrices(calculation))
        }
        router.post("/carts/price") { request, _ in
            var request = request
            try state.authorize(request, .pricesCalculate)
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxPayloadBytes)
            let cart = try CartPriceRequest(json: body)
            let book = try state.prices.requireBook()
            let priced = try pricing { () throws(PricingError) in
                try book.priceCart(lines: cart.lines, context: cart.context, options: cart.options)
            }
            return Response.json(.object(priced.toJSON()))
        }
    }
}

extension ServerState {
    func calculatePrices(_ calculation: PriceCalculationRequest) throws(APIError) -> JSONValue {
        let book = try prices.requireBook()
        let resolution: PriceResolution
        let priceSetIds: [String]
        switch calculation.target {
        case .priceSets(let ids):
            resolution = book.resolve(priceSetIds: ids, context: calculation.context)
            priceSetIds = ids
        case .variants(let ids):
            resolution = book.resolve(variantIds: ids, context: calculation.context)
            priceSetIds = ids.compactMap { book.priceSetId(ofVariant: $0) }
        }
        guard calculation.explain, case .object(var response) = resolution.toJSON() else { return resolution.toJSON() }
        let explanations = priceSetIds.compactMap { book.explain(priceSetId: $0, context: calculation.context) }
        response["explanations"] = .array(explanations.map { .object($0.toJSON()) })
        return .object(response)
    }
}
