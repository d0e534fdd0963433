/// Why a price set resolved as it did: every price of the set with its outcome — chosen, or
/// rejected (currency, quantity window, a price rule, the list's status / window / rules), or
/// outranked by the winner (list before base, priority, specificity, amount, id), or a sale price
/// that was not cheaper than the base price.
public struct PriceExplanation: Sendable, Hashable {
    public let priceSetId: String
    public let currencyCode: String
    /// The resolver's answer for the same inputs (nil when nothing is eligible).
    public let result: CalculatedPriceSet?
    /// Every live price of the set, in storage order.
    public let candidates: [CandidateVerdict]
}

/// One price considered by ``PriceBook/explain(priceSetId:context:at:)``.
public struct CandidateVerdict: Sendable, Hashable {
    public let priceId: String
    public let priceListId: String?
    public let currencyCode: String
    public let amount: ExactDecimal
    public let outcome: CandidateOutcome
}

/// What happened to one candidate price.
public enum CandidateOutcome: Sendable, Hashable {
    /// Chosen as the calculated price (and maybe also as the original).
    case calculated(alsoOriginal: Bool)
    /// Chosen as the original ("compare at") price only.
    case original
    case rejected(CandidateRejection)
    /// Eligible, but `winner` ranks before it for `reason`.
    case outranked(winner: String, reason: RankReason)
    /// The best list price is a sale that is above the base price `basePriceId`, so the base
    /// price is charged (Medusa ≥ 2.3).
    case saleNotCheaper(basePriceId: String)
}

/// Why a price is not eligible.
public enum CandidateRejection: Sendable, Hashable {
    case currency(priceCurrency: String)
    case quantityWindow(quantity: Int64?)
    case priceRuleAttributeMissing(attribute: String)
    case priceRuleMismatch(attribute: String, operator: PriceRuleOperator, value: String)
    case priceRuleValueNotNumeric(attribute: String, operator: PriceRuleOperator, value: String)
    case listDeleted
    case listDraft
    case listRulesCountNull
    case listNotStarted(startsAt: PricingInstant)
    case listExpired(endsAt: PricingInstant)
    case listRuleAttributeMissing(attribute: String)
    case listRuleMismatch(attribute: String)
}

/// The first ordering key on which an eligible price lost to the winner.
public enum RankReason: String, Sendable, Hashable {
    case listBeforeBase = "list_before_base"
    case priority
    case specificity
    case amount
    case id
}
