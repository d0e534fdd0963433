import ServiceLifecycle

/// The loop both database services run: a step, then a sleep of `interval`, until graceful shutdown
/// (which cancels the sleep, so the service ends normally; a step in progress finishes first).
enum PollingLoop {
    static func run(every interval: Duration, _ step: @escaping @Sendable () async -> Void) async {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await step()
                guard (try? await Task.sleep(for: interval)) != nil else { return }
            }
        }
    }
}
