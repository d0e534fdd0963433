import Pricing
import Synchronization

/// The price book the server answers from: one immutable generation, replaced whole by the loaders
/// (demo, `--prices`) and the Postgres sync. Readers copy the current generation (a copy-on-write
/// value) under a lock held only for that copy, so a replacement never waits on a running request.
public final class PriceBookStore: Sendable {
    /// A book and its version: the version grows with every replacement, so it names one book for
    /// caches (a rebuilt book may restart its own generation counter).
    struct Versioned {
        let book: PriceBook
        let version: UInt64
    }

    private let current: Mutex<Versioned?>

    public init(_ book: PriceBook? = nil) {
        current = Mutex(book.map { Versioned(book: $0, version: 1) })
    }

    /// The current generation, or nil when no prices were loaded.
    public var book: PriceBook? { current.withLock { $0?.book } }

    public func replace(with book: PriceBook) {
        current.withLock { $0 = Versioned(book: book, version: ($0?.version ?? 0) + 1) }
    }

    /// The current generation, or 400 `prices_not_loaded` naming how to load one.
    func requireBook() throws(APIError) -> PriceBook {
        try requireVersioned().book
    }

    func requireVersioned() throws(APIError) -> Versioned {
        guard let versioned = current.withLock({ $0 }) else {
            throw APIError(code: "prices_not_loaded", message: "No price book is loaded: start `loupe serve` with `--demo`, `--prices DIR` or a database to price requests.")
        }
        return versioned
    }
}
