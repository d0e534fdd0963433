import Hummingbird
import Indexer
import LoupeJSON

/// `GET|PATCH|DELETE /indexes/{uid}/settings` and one sub-route per setting
/// (`/settings/stop-words`, …) with Meilisearch's verbs: `PATCH` for the object settings
/// (`typo-tolerance`, `faceting`, `pagination`, `embedders`), `PUT` for the others, `DELETE` to reset.
///
/// The body is validated against the current settings before answering (bad values are 400 at once);
/// the `settingsUpdate` task then applies it to the settings current at its turn, creating the index if
/// it does not exist. The task's details are the submitted settings.
struct SettingsRoutes {
    let state: ServerState

    /// Sub-route name → settings key, and whether the sub-route is updated with PATCH.
    static let subRoutes: [(route: String, key: String, patch: Bool)] = [
        ("displayed-attributes", "displayedAttributes", false), ("searchable-attributes", "searchableAttributes", false),
        ("filterable-attributes", "filterableAttributes", false), ("sortable-attributes", "sortableAttributes", false),
        ("ranking-rules", "rankingRules", false), ("stop-words", "stopWords", false), ("synonyms", "synonyms", false),
        ("distinct-attribute", "distinctAttribute", false), ("typo-tolerance", "typoTolerance", true),
        ("faceting", "faceting", true), ("pagination", "pagination", true), ("separator-tokens", "separatorTokens", false),
        ("non-separator-tokens", "nonSeparatorTokens", false), ("dictionary", "dictionary", false),
        ("proximity-precision", "proximityPrecision", false), ("search-cutoff-ms", "searchCutoffMs", false),
        ("facet-search", "facetSearch", false), ("prefix-search", "prefixSearch", false),
        ("localized-attributes", "localizedAttributes", false), ("embedders", "embedders", true),
    ]

    func register(on router: Router<LoupeContext>) {
        router.get("/indexes/{uid}/settings") { request, context in
            let uid = try state.indexUID(context)
            try state.authorize(request, .settingsGet, index: uid)
            return try Response.json(state.existingIndex(context).settings.toJSON())
        }
        router.patch("/indexes/{uid}/settings") { request, context in
            var request = request
            let body = try await RequestPayload.json(&request, limit: state.configuration.maxPayloadBytes)
            return try await update(request, context, body: body)
        }
        router.delete("/indexes/{uid}/settings") { request, context in
            var reset = JSONObject()
            for key in Self.subRoutes.map(\.key) where key != "embedders" && key != "localizedAttributes" { reset[key] = .null }
            return try await update(request, context, body: .object(reset))
        }
        for sub in Self.subRoutes {
            let path = RouterPath("/indexes/{uid}/settings/\(sub.route)")
            router.get(path) { request, context in
                let uid = try state.indexUID(context)
                try state.authorize(request, .settingsGet, index: uid)
                return try Response.json(state.existingIndex(context).settings.toJSON()[sub.key] ?? .null)
            }
            let handler: @Sendable (Request, LoupeContext) async throws -> Response = { request, context in
                var request = request
                let value = try await RequestPayload.json(&request, limit: state.configuration.maxPayloadBytes)
                return try await update(request, context, body: [sub.key: value])
            }
            if sub.patch { router.patch(path, use: handler) } else { router.put(path, use: handler) }
            router.delete(path) { request, context in
                try await update(request, context, body: [sub.key: .null])
            }
        }
    }

    private func update(_ request: Request, _ context: LoupeContext, body: JSONValue) async throws(APIError) -> Response {
        let uid = try state.indexUID(context)
        try state.authorize(request, .settingsUpdate, index: uid)
        let current = state.indexes.index(uid)?.settings ?? IndexSettings()
        _ = try engine { () throws(EngineError) in try current.applying(body) }
        let details = body.objectValue ?? JSONObject()
        return await state.enqueue(.settingsUpdate, indexUid: uid, details: details, operation: .updateSettings(index: uid, body: body))
    }
}
