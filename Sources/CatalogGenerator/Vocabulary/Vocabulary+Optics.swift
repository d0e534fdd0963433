extension Vocabulary {
    private static let frameMaterials = [
        "Acetate", "Titanium", "Stainless Steel", "Bio-Acetate", "TR90", "Beta Titanium", "Horn", "Wood",
    ]
    private static let frameModifiers = [
        "Round", "Rectangular", "Cat-Eye", "Aviator", "Oval", "Square", "Rimless", "Semi-Rimless", "Browline",
        "Oversized", "Polarised", "Blue Light Filter", "Photochromic", "Lightweight",
    ]
    private static let lensMaterials = ["Polycarbonate", "Trivex", "High-Index", "Mineral Glass", "CR-39"]
    private static let lensModifiers = [
        "Anti-Reflective", "Scratch-Resistant", "Varifocal", "Progressive", "Single Vision", "Blue Light Filter",
        "Photochromic", "Thin", "UV400",
    ]
    private static let outdoorMaterials = ["Magnesium", "Aluminium", "Polycarbonate", "Rubber Armoured"]
    private static let outdoorModifiers = [
        "Waterproof", "Fogproof", "Compact", "Roof Prism", "Porro Prism", "Image Stabilised", "ED Glass",
        "Lightweight", "Low Light", "Birding",
    ]

    static let opticsLeaves: [CategoryLeaf] = [
        CategoryLeaf(.optics, "Eyewear", "Glasses",
                     nouns: ["Glasses", "Eyeglasses", "Spectacles", "Optical Frames"],
                     materials: frameMaterials, modifiers: frameModifiers, sizes: .frame, medianPriceCents: 15_900),
        CategoryLeaf(.optics, "Eyewear", "Sunglasses",
                     nouns: ["Sunglasses", "Shades", "Sports Sunglasses", "Clip-On Sunglasses"],
                     materials: frameMaterials, modifiers: frameModifiers, sizes: .frame, medianPriceCents: 12_900),
        CategoryLeaf(.optics, "Eyewear", "Reading Glasses",
                     nouns: ["Reading Glasses", "Readers", "Computer Glasses", "Folding Readers"],
                     materials: frameMaterials, modifiers: frameModifiers, sizes: .readingStrength, medianPriceCents: 3_900),
        CategoryLeaf(.optics, "Eyewear", "Sports Eyewear",
                     nouns: ["Cycling Glasses", "Ski Goggles", "Swim Goggles", "Sports Glasses"],
                     materials: frameMaterials, modifiers: frameModifiers, sizes: .oneSize, medianPriceCents: 8_900),
        CategoryLeaf(.optics, "Lenses", "Contact Lenses",
                     nouns: ["Contact Lenses", "Daily Lenses", "Monthly Lenses", "Toric Lenses"],
                     materials: ["Silicone Hydrogel", "Hydrogel"], modifiers: ["Daily", "Monthly", "Toric", "Multifocal", "UV Blocking"],
                     sizes: .lensPower, medianPriceCents: 2_900, specs: ["30-Pack", "90-Pack", "6-Pack"]),
        CategoryLeaf(.optics, "Lenses", "Spectacle Lenses",
                     nouns: ["Lenses", "Varifocal Lenses", "Single Vision Lenses", "Office Lenses"],
                     materials: lensMaterials, modifiers: lensModifiers, sizes: .oneSize, medianPriceCents: 9_900,
                     specs: ["1.5", "1.6", "1.67", "1.74"]),
        CategoryLeaf(.optics, "Outdoor Optics", "Binoculars",
                     nouns: ["Binoculars", "Field Glasses", "Opera Glasses"],
                     materials: outdoorMaterials, modifiers: outdoorModifiers, sizes: .oneSize, medianPriceCents: 29_900,
                     specs: ["8x42", "10x42", "8x32", "10x50", "12x50", "8x25"]),
        CategoryLeaf(.optics, "Outdoor Optics", "Scopes",
                     nouns: ["Spotting Scope", "Monocular", "Telescope", "Rifle Scope"],
                     materials: outdoorMaterials, modifiers: outdoorModifiers, sizes: .oneSize, medianPriceCents: 39_900,
                     specs: ["20-60x80", "8x42", "70/700", "3-9x40"]),
        CategoryLeaf(.optics, "Accessories", "Cases & Care",
                     nouns: ["Glasses Case", "Lens Cloth", "Lens Spray", "Glasses Chain", "Repair Kit"],
                     materials: ["Microfibre", "Leather", "Felt", "Hard Shell"], modifiers: ["Anti-Fog", "Travel", "Magnetic", "Slim"],
                     sizes: .oneSize, medianPriceCents: 1_500),
    ]
}
