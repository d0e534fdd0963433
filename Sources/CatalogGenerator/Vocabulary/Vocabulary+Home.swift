extension Vocabulary {
    private static let kitchenMaterials = [
        "Stainless Steel", "Cast Iron", "Carbon Steel", "Enamelled Steel", "Copper", "Ceramic", "Borosilicate Glass",
        "Damascus Steel", "Beech", "Stoneware",
    ]
    private static let kitchenModifiers = [
        "Non-Stick", "Induction", "Professional", "Dishwasher Safe", "Hand-Forged", "Double-Walled", "Heavy Duty",
        "Stackable", "Oven Safe", "Ergonomic", "Compact",
    ]
    private static let textileMaterials = [
        "Cotton", "Linen", "Percale", "Sateen", "Washed Linen", "Organic Cotton", "Bamboo", "Flannel", "Silk", "Seersucker",
    ]
    private static let textileModifiers = [
        "Breathable", "Washed", "Hypoallergenic", "All-Season", "Cooling", "Stonewashed", "Embroidered", "Deep Pocket",
        "Striped", "Gingham", "Quilted",
    ]
    private static let furnitureMaterials = [
        "Oak", "Walnut", "Velvet", "Boucle", "Ash", "Rattan", "Leather", "Steel", "Teak", "Marble", "Linen", "Jute",
        "Travertine", "Brass",
    ]
    private static let furnitureModifiers = [
        "Modern", "Scandinavian", "Mid-Century", "Minimalist", "Rustic", "Upholstered", "Foldable", "Extendable",
        "Modular", "Handmade", "Curved", "Low",
    ]

    static let homeLeaves: [CategoryLeaf] = [
        CategoryLeaf(.home, "Kitchen", "Cookware",
                     nouns: ["Frying Pan", "Saucepan", "Casserole", "Wok", "Stockpot", "Skillet"],
                     materials: kitchenMaterials, modifiers: kitchenModifiers, sizes: .oneSize, medianPriceCents: 6_900),
        CategoryLeaf(.home, "Kitchen", "Knives",
                     nouns: ["Chef Knife", "Santoku Knife", "Paring Knife", "Bread Knife", "Knife Block"],
                     materials: kitchenMaterials, modifiers: kitchenModifiers, sizes: .oneSize, medianPriceCents: 7_900),
        CategoryLeaf(.home, "Kitchen", "Coffee & Tea",
                     nouns: ["Kettle", "Coffee Grinder", "Moka Pot", "Teapot", "Pour-Over Set", "Espresso Maker"],
                     materials: kitchenMaterials, modifiers: kitchenModifiers, sizes: .oneSize, medianPriceCents: 5_900),
        CategoryLeaf(.home, "Bedding", "Duvet Covers",
                     nouns: ["Duvet Cover", "Comforter", "Duvet", "Quilt", "Bedspread"],
                     materials: textileMaterials, modifiers: textileModifiers, sizes: .bed, medianPriceCents: 8_900),
        CategoryLeaf(.home, "Bedding", "Sheets",
                     nouns: ["Fitted Sheet", "Flat Sheet", "Pillowcase", "Sheet Set"],
                     materials: textileMaterials, modifiers: textileModifiers, sizes: .bed, medianPriceCents: 4_900),
        CategoryLeaf(.home, "Furniture", "Sofas",
                     nouns: ["Sofa", "Couch", "Loveseat", "Corner Sofa", "Settee"],
                     materials: furnitureMaterials, modifiers: furnitureModifiers, sizes: .oneSize, medianPriceCents: 119_900),
        CategoryLeaf(.home, "Furniture", "Chairs",
                     nouns: ["Armchair", "Dining Chair", "Lounge Chair", "Bar Stool", "Rocking Chair"],
                     materials: furnitureMaterials, modifiers: furnitureModifiers, sizes: .oneSize, medianPriceCents: 24_900),
        CategoryLeaf(.home, "Furniture", "Tables & Desks",
                     nouns: ["Coffee Table", "Dining Table", "Side Table", "Desk", "Console Table"],
                     materials: furnitureMaterials, modifiers: furnitureModifiers, sizes: .oneSize, medianPriceCents: 39_900),
        CategoryLeaf(.home, "Decor", "Lighting",
                     nouns: ["Table Lamp", "Floor Lamp", "Pendant Light", "Wall Light", "Lantern"],
                     materials: furnitureMaterials, modifiers: furnitureModifiers, sizes: .oneSize, medianPriceCents: 11_900),
        CategoryLeaf(.home, "Decor", "Rugs & Cushions",
                     nouns: ["Rug", "Runner", "Cushion", "Throw", "Doormat"],
                     materials: furnitureMaterials, modifiers: furnitureModifiers, sizes: .rug, medianPriceCents: 9_900),
    ]
}
