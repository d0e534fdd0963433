extension Vocabulary {
    private static let shoeMaterials = [
        "Leather", "Suede", "Canvas", "Mesh", "Knit", "Nubuck", "Rubber", "Recycled Mesh", "Cork", "Patent Leather",
    ]
    private static let shoeModifiers = [
        "Lightweight", "Cushioned", "Waterproof", "Low-Top", "High-Top", "Slip-On", "Vegan", "Breathable",
        "Retro", "Padded", "Lace-Up", "Wide Fit", "Grippy", "Minimalist",
    ]

    static let footwearLeaves: [CategoryLeaf] = [
        CategoryLeaf(.footwear, "Men", "Sneakers",
                     nouns: ["Sneakers", "Trainers", "Court Sneakers", "Skate Shoes"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 8_900),
        CategoryLeaf(.footwear, "Women", "Sneakers",
                     nouns: ["Sneakers", "Trainers", "Platform Sneakers", "Court Sneakers"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 8_500),
        CategoryLeaf(.footwear, "Men", "Boots",
                     nouns: ["Boots", "Chelsea Boots", "Desert Boots", "Work Boots"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 15_900),
        CategoryLeaf(.footwear, "Women", "Boots",
                     nouns: ["Ankle Boots", "Boots", "Knee Boots", "Rain Boots"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 14_900),
        CategoryLeaf(.footwear, "Women", "Sandals",
                     nouns: ["Sandals", "Slides", "Espadrilles", "Mules"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 5_900),
        CategoryLeaf(.footwear, "Kids", "School Shoes",
                     nouns: ["School Shoes", "Sneakers", "Trainers", "Sandals"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 4_500),
        CategoryLeaf(.footwear, "Sport", "Running",
                     nouns: ["Running Shoes", "Trail Shoes", "Racing Flats", "Road Runners"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 12_900),
        CategoryLeaf(.footwear, "Sport", "Hiking",
                     nouns: ["Hiking Boots", "Approach Shoes", "Walking Shoes", "Trekking Boots"],
                     materials: shoeMaterials, modifiers: shoeModifiers, sizes: .shoe, medianPriceCents: 16_900),
    ]
}
