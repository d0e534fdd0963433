/// The full quantity ladder of one price set for a context: which price the resolver picks for
/// every quantity from 1 up, as consecutive steps ("1–9: 10.00", "10–49: 8.50", "50+: 7.90").
///
/// Built by evaluating the resolver itself at every quantity where some price's window starts
/// or ends, so it always agrees with ``PriceBook/resolve(priceSetIds:context:at:)`` for the same
/// context with `quantity` set. The context's own quantity is ignored; each step is evaluated with
/// one quantity for every candidate (per-list tier aggregation does not apply outside a cart).
/// Quantities with no eligible price are simply absent (a step may start above the previous
/// step's end).
public struct TierLadder: Sendable, Hashable {
    public let priceSetId: String
    public let currencyCode: String
    public let steps: [TierStep]

    /// The step that prices `quantity`, nil when no price applies to it.
    public func step(for quantity: Int64) -> TierStep? {
        steps.first { $0.minQuantity <= quantity && quantity <= ($0.maxQuantity ?? Int64.max) }
    }

    /// The first step above `quantity` whose unit price is lower than the price at `quantity`
    /// ("from 10 units: 8.50 each"); nil when buying more never gets cheaper.
    public func nextTier(after quantity: Int64) -> TierHint? {
        Self.nextTierIndex(count: steps.count, after: quantity, from: { steps[$0].minQuantity },
                           to: { steps[$0].maxQuantity }, unitAmount: { steps[$0].price.calculatedAmount })
            .map { TierHint(step: steps[$0]) }
    }

    /// The rule of ``nextTier(after:)`` over any representation of steps (the cart applies it to
    /// the resolver's selections without building a ladder): the index of the first step above
    /// `quantity` cheaper than the step that prices `quantity`, or of the first step above
    /// `quantity` when none prices it.
    static func nextTierIndex(count: Int, after quantity: Int64, from: (Int) -> Int64, to: (Int) -> Int64?,
                              unitAmount: (Int) -> ExactDecimal) -> Int? {
        guard let current = (0..<count).first(where: { from($0) <= quantity && quantity <= (to($0) ?? Int64.max) }) else {
            return (0..<count).first { from($0) > quantity }
        }
        let currentAmount = unitAmount(current)
        return (0..<count).first { from($0) > quantity && unitAmount($0) < currentAmount }
    }
}

/// One step of a ``TierLadder``: quantities `minQuantity...maxQuantity` (nil = no upper end)
/// all resolve to `price`.
public struct TierStep: Sendable, Hashable {
    public let minQuantity: Int64
    public let maxQuantity: Int64?
    public let price: CalculatedPriceSet
}

/// "From `minQuantity` units: `unitAmount` each."
public struct TierHint: Sendable, Hashable, CustomStringConvertible {
    public let minQuantity: Int64
    public let unitAmount: ExactDecimal
    /// The id of the price that applies from `minQuantity` on.
    public let priceId: String

    init(step: TierStep) {
        self.init(minQuantity: step.minQuantity, unitAmount: step.price.calculatedAmount, priceId: step.price.calculated.id)
    }

    init(minQuantity: Int64, unitAmount: ExactDecimal, priceId: String) {
        self.minQuantity = minQuantity
        self.unitAmount = unitAmount
        self.priceId = priceId
    }

    public var description: String { "from \(minQuantity) units: \(unitAmount) each" }
}
