/// Walks a list endlessly across benchmark iterations (iterations of one benchmark run one at a time).
public final class Cycle<Element>: @unchecked Sendable {
    private let elements: [Element]
    private var next = 0

    public init(_ elements: [Element]) {
        precondition(!elements.isEmpty, "nothing to cycle through")
        self.elements = elements
    }

    public func advance() -> Element {
        defer { next += 1 }
        return elements[next % elements.count]
    }
}
