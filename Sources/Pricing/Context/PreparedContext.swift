/// A ``PricingContext`` translated into one book generation's ids, computed once per request and
/// shared by every price set it resolves: interned attributes and values (in flat arrays, so
/// matching touches no reference counts), the bitset of price lists that apply at `now`, and the
/// tax-preference flags.
final class PreparedContext {
    /// Currency id in the book, nil when no price has this currency (nothing can match).
    let currency: UInt16?
    let currencyCode: String
    let quantity: Int64?
    let now: Int64
    /// Attribute id per entry (attributes the book knows), ascending.
    let entryAttributes: [UInt32]
    /// Per entry: a scalar number (price rules then use their operator).
    let entryIsNumber: [Bool]
    let entryNumbers: [ExactDecimal]
    /// Per entry `e`: `textValues[textStarts[e] ..< textStarts[e + 1]]` are the value-table ids of
    /// its elements' texts (unknown texts left out).
    let textStarts: [Int32]
    let textValues: [UInt32]
    /// Same layout for typed list-value ids (price-list rules).
    let listStarts: [Int32]
    let listValues: [UInt32]
    /// Bit `i` set when price list `i` applies (status, window, rules). A raw buffer owned by
    /// this object (not an array property) so the per-price test needs no exclusivity check.
    private let eligibleLists: UnsafeMutableBufferPointer<UInt64>
    /// Value id of the context's scalar string `region_id` (for the region tax preference).
    let regionValue: UInt32?
    let regionAttribute: UInt32?
    /// Flag of the `region_id` preference of the context region, if one exists.
    let regionTaxInclusive: Bool?
    /// Flag of the `currency_code` preference of the context currency, if one exists.
    let currencyTaxInclusive: Bool?

    init(_ context: PricingContext, book: borrowing PriceBook, now: PricingInstant) {
        currencyCode = context.currencyCode
        currency = book.currencies.id(of: context.currencyCode).map { UInt16(truncatingIfNeeded: $0) }
        quantity = context.quantity
        self.now = now.millisecondsSinceEpoch

        var known: [(attribute: UInt32, value: ContextValue)] = []
        known.reserveCapacity(context.attributes.count)
        for attribute in context.attributes {
            if let id = book.attributes.id(of: attribute.key) { known.append((id, attribute.value)) }
        }
        known.sort { $0.attribute < $1.attribute }
        var attributes: [UInt32] = [], isNumber: [Bool] = [], numbers: [ExactDecimal] = []
        var textStarts: [Int32] = [0], texts: [UInt32] = [], listStarts: [Int32] = [0], typed: [UInt32] = []
        attributes.reserveCapacity(known.count)
        isNumber.reserveCapacity(known.count)
        numbers.reserveCapacity(known.count)
        textStarts.reserveCapacity(known.count + 1)
        listStarts.reserveCapacity(known.count + 1)
        // Interns one element's text and typed list value (no per-value array for scalars).
        func intern(_ element: ContextScalar) {
            if let id = book.values.id(of: element.text) { texts.append(id) }
            if let id = book.listValues.id(of: element.listValueKey) { typed.append(id) }
        }
        for (attribute, value) in known {
            attributes.append(attribute)
            if case let .scalar(.number(n)) = value {
                isNumber.append(true)
                numbers.append(n)
            } else {
                isNumber.append(false)
                numbers.append(.zero)
            }
            switch value {
            case let .scalar(element): intern(element)
            case let .list(elements): for element in elements { intern(element) }
            }
            textStarts.append(Int32(texts.count))
            listStarts.append(Int32(typed.count))
        }
        entryAttributes = attributes
        entryIsNumber = isNumber
        entryNumbers = numbers
        self.textStarts = textStarts
        textValues = texts
        self.listStarts = listStarts
        listValues = typed

        regionAttribute = book.attributes.id(of: "region_id")
        var regionText: String?
        if case let .scalar(.string(region))? = context.value(of: "region_id") { regionText = region }
        regionValue = regionText.flatMap { book.values.id(of: $0) }
        regionTaxInclusive = regionText.flatMap { book.preferences.byRegion[$0] }
        currencyTaxInclusive = book.preferences.byCurrency[context.currencyCode]
        eligibleLists = .allocate(capacity: (book.lists.count + 63) / 64)
        eligibleLists.initialize(repeating: 0)
        markEligibleLists(book.lists)
    }

    deinit { eligibleLists.deallocate() }

    /// Index of the entry for `attribute`, nil when the context does not have it.
    @inline(__always)
    func entryIndex(for attribute: UInt32) -> Int? {
        entryAttributes.withUnsafeBufferPointer { a in
            for i in 0..<a.count {
                if a[i] == attribute { return i }
                if a[i] > attribute { return nil }
            }
            return nil
        }
    }

    /// True when entry `e` has an element whose text is value-table id `value`.
    @inline(__always)
    func entry(_ e: Int, hasText value: UInt32) -> Bool {
        textValues.withUnsafeBufferPointer { t in
            for k in Int(textStarts[e])..<Int(textStarts[e + 1]) where t[k] == value { return true }
            return false
        }
    }

    /// The typed list-value ids of entry `e`.
    @inline(__always)
    func listValues(ofEntry e: Int) -> ArraySlice<UInt32> {
        listValues[Int(listStarts[e])..<Int(listStarts[e + 1])]
    }

    @inline(__always)
    func listApplies(_ list: Int32) -> Bool {
        let i = Int(list)
        return eligibleLists[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Lists that apply: rule-less live lists open at `now`, plus lists found through the anchor
    /// postings of the context's values whose every rule matches.
    private func markEligibleLists(_ lists: PriceListTable) {
        let bits = eligibleLists
        for list in lists.ruleLessLive where lists.records[Int(list)].isOpen(at: now) {
            bits[Int(list) >> 6] |= 1 << UInt64(Int(list) & 63)
        }
        guard !lists.anchorPostings.isEmpty else { return }
        for e in entryAttributes.indices {
            for value in listValues(ofEntry: e) {
                guard let posted = lists.anchorPostings[PriceListTable.postingKey(attribute: entryAttributes[e], value: value)]
                else { continue }
                for list in posted where lists.records[Int(list)].isOpen(at: now)
                    && ListRuleMatcher.allRulesMatch(list: Int(list), lists: lists, context: self) {
                    bits[Int(list) >> 6] |= 1 << UInt64(Int(list) & 63)
                }
            }
        }
    }
}
