/// A top-level department of the synthetic catalog; every category path starts with its name.
///
/// The domain decides which brands can sell a product (brands are drawn per domain) and which
/// optional words a title may carry.
enum Domain: Int, CaseIterable, Sendable {
    case apparel, footwear, electronics, home, optics, fabrics

    var name: String {
        switch self {
        case .apparel: "Apparel"
        case .footwear: "Footwear"
        case .electronics: "Electronics"
        case .home: "Home"
        case .optics: "Optics"
        case .fabrics: "Fabrics"
        }
    }

    /// Endings that make an invented syllable word read like a brand of this trade ("" = bare name).
    var brandSuffixes: [String] {
        switch self {
        case .apparel: ["", "", " Studio", " & Sons", " Supply"]
        case .footwear: ["", "", " Footwear", " Shoe Co"]
        case .electronics: ["", "", " Labs", " Audio", " Systems"]
        case .home: ["", "", " Home", " Living", " Atelier"]
        case .optics: ["", "", " Optical", " Eyewear", " Optics"]
        case .fabrics: ["", "", " Textiles", " Weavers", " Cloth Co"]
        }
    }

    /// Whether titles of this domain may carry a model code such as "K420".
    var hasModelCodes: Bool { self == .electronics || self == .optics }

    /// Whether titles of this domain name their audience ("Women's", "Kids'") from the category path.
    var namesAudience: Bool { self == .apparel || self == .footwear }

    /// Whether the material usually appears in the title ("Linen Duvet Cover", "Cotton Poplin").
    var titlesMaterial: Bool { self == .home || self == .fabrics }
}
