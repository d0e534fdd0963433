import Hummingbird
import Logging

/// Builds the HTTP application: routes, CORS, request observation, metrics, bound to the configured
/// host and port. `ServeCommand` runs it under swift-service-lifecycle (graceful shutdown on SIGTERM and
/// SIGINT: in-flight requests finish); tests drive it with HummingbirdTesting.
public enum LoupeServer {
    public static func buildApplication(configuration: ServerConfiguration, indexes: IndexRegistry = IndexRegistry(),
                                        prices: PriceBookStore = PriceBookStore(), sync: SyncService? = nil, logger: Logger? = nil,
                                        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let state = ServerState(configuration: configuration, indexes: indexes, prices: prices, sync: sync)
        return buildApplication(state: state, logger: logger, onServerRunning: onServerRunning)
    }

    public static func buildApplication(state: ServerState, durability: Durability? = nil, logger: Logger? = nil,
                                        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = logger ?? Logger(label: "loupe")
        logger.logLevel = state.configuration.logLevel
        let router = buildRouter(state: state, durability: durability)
        return Application(
            router: router,
            configuration: .init(address: .hostname(state.configuration.host, port: state.configuration.port), serverName: "Loupe"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? state.configuration.port) },
            logger: logger)
    }

    public static func buildRouter(state: ServerState, durability: Durability? = nil) -> Router<LoupeContext> {
        let router = Router(context: LoupeContext.self)
        router.add(middleware: PermissiveCORSMiddleware())
        router.add(middleware: RequestObservationMiddleware(state: state))
        SystemRoutes(state: state).register(on: router)
        IndexRoutes(state: state).register(on: router)
        SearchRoutes(state: state).register(on: router)
        MultiSearchRoutes(state: state).register(on: router)
        FacetSearchRoutes(state: state).register(on: router)
        DocumentRoutes(state: state).register(on: router)
        SettingsRoutes(state: state).register(on: router)
        TaskRoutes(state: state).register(on: router)
        KeyRoutes(state: state).register(on: router)
        PriceRoutes(state: state).register(on: router)
        SyncRoutes(state: state).register(on: router)
        if let durability { SnapshotRoutes(state: state, durability: durability).register(on: router) }
        return router
    }
}
