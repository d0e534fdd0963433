/// A family of sizes a product can be offered in, with each size's SKU code and price surcharge.
///
/// A product takes a run of consecutive sizes from its family; `surchargePercent[i]` is added to
/// the product's base price for variants of size `i` (negative for smaller cuts of fabric).
enum SizeSystem: Sendable {
    case alpha, kids, waist, shoe, frame, readingStrength, lensPower, bed, rug, storage, screen, watchCase, length, oneSize

    var sizes: [String] {
        switch self {
        case .alpha: ["XS", "S", "M", "L", "XL", "XXL"]
        case .kids: ["2-3Y", "4-5Y", "6-7Y", "8-9Y", "10-11Y", "12-13Y"]
        case .waist: ["W28", "W30", "W32", "W34", "W36", "W38"]
        case .shoe: ["EU 36", "EU 37", "EU 38", "EU 39", "EU 40", "EU 41", "EU 42", "EU 43", "EU 44", "EU 45", "EU 46"]
        case .frame: ["48-20", "50-20", "52-18", "54-18", "56-17"]
        case .readingStrength: ["+1.00", "+1.50", "+2.00", "+2.50", "+3.00"]
        case .lensPower: ["-0.50", "-1.00", "-1.50", "-2.00", "-3.00", "-4.00"]
        case .bed: ["Single", "Double", "King", "Super King"]
        case .rug: ["60x90 cm", "120x170 cm", "160x230 cm", "200x300 cm"]
        case .storage: ["128GB", "256GB", "512GB", "1TB"]
        case .screen: ["24 in", "27 in", "32 in", "34 in"]
        case .watchCase: ["40 mm", "42 mm", "44 mm", "46 mm"]
        case .length: ["0.5 m", "1 m", "2 m", "3 m", "5 m"]
        case .oneSize: ["One Size"]
        }
    }

    var surchargePercent: [Int] {
        switch self {
        case .alpha: [0, 0, 0, 0, 5, 8]
        case .bed: [0, 20, 40, 55]
        case .rug: [0, 90, 160, 260]
        case .storage: [0, 15, 35, 70]
        case .screen: [0, 30, 70, 95]
        case .watchCase: [0, 5, 10, 15]
        case .length: [-50, 0, 100, 200, 400]
        default: Array(repeating: 0, count: sizes.count)
        }
    }

    /// Upper-case letters and digits of each size, for SKUs ("EU 42" → "EU42", "+1.50" → "P150",
    /// "-1.50" → "M150", "One Size" → "OS").
    var skuCodes: [String] {
        if self == .oneSize { return ["OS"] }
        return sizes.map { size in
            let sign = size.hasPrefix("+") ? "P" : size.hasPrefix("-") ? "M" : ""
            return sign + String(size.uppercased().filter { $0.isLetter || $0.isNumber })
        }
    }
}
