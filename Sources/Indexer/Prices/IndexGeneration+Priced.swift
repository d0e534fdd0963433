extension IndexGeneration {
    /// The generation `request` runs on: priced by its pricer when it filters, sorts or counts on
    /// `_price`, else this one.
    func searched(by request: SearchRequest) -> IndexGeneration {
        guard let pricer = request.pricer, PricedAttribute.isReferenced(by: request) else { return self }
        return priced(by: pricer)
    }

    /// This generation as one priced search sees it: every segment gains the `_price` filter and sort
    /// columns of the pricer's context, and `_price` is filterable (equality and comparisons) and
    /// sortable. Built per search from cached columns; the generation itself is not changed.
    func priced(by pricer: any HitPricer) -> IndexGeneration {
        var settings = self.settings
        settings.filterableAttributes.append(FilterableAttributeRule(patterns: [PricedAttribute.name], equality: true, comparison: true))
        settings.sortableAttributes.append(PricedAttribute.name)
        let pricedViews = views.map { view -> SegmentView in
            let columns = view.segment.priceCache.columns(of: view.segment, pricer: pricer)
            return SegmentView(segment: view.segment.adding(priceColumns: columns), live: view.live)
        }
        return IndexGeneration(settings: settings, primaryKey: primaryKey, version: version, fields: fields,
                               views: pricedViews, plan: plan, context: context)
    }
}

extension Segment {
    /// The same segment with the `_price` columns of one price context beside its own.
    func adding(priceColumns columns: SegmentPriceCache.Columns) -> Segment {
        var sorts = sortColumns
        sorts[PricedAttribute.name] = columns.sort
        return Segment(store: store, dictionary: dictionary, postings: postings, forward: forward, fieldPostings: fieldPostings, sortColumns: sorts,
                       distinct: distinct, filters: FilterColumns(documentCount: filters.documentCount,
                                                                  columns: filters.columns + [columns.filter]),
                       priceCache: priceCache)
    }
}
