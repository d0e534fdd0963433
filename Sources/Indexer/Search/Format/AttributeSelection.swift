/// How much of a document node a selection keeps while a formatter walks the document.
enum AttributeReach: Sendable, Equatable {
    /// Nothing at or below the node.
    case none
    /// Only some nested attributes: objects and arrays are walked, scalar leaves dropped.
    case inside
    /// The node and everything below it.
    case whole
}

/// Attribute paths kept by `required` and by at least one of `anyOf`: the displayed attributes
/// (`required`) that are also retrieved or formatted (`anyOf`), or simply the displayed ones.
struct AttributeSelection: Sendable {
    let required: AttributePatternList
    let anyOf: [AttributePatternList]

    /// The reach of the child `path` of a node whose reach is `parent`.
    func reach(_ path: String, parent: AttributeReach) -> AttributeReach {
        switch parent {
        case .whole: return .whole
        case .none: return .none
        case .inside:
            if required.selects(path) && anyOf.contains(where: { $0.selects(path) }) { return .whole }
            if required.reaches(path) && anyOf.contains(where: { $0.reaches(path) }) { return .inside }
            return .none
        }
    }
}
