extension Vocabulary {
    private static let garmentMaterials = [
        "Cotton", "Organic Cotton", "Linen", "Merino Wool", "Jersey", "Polyester", "Lambswool", "Viscose",
        "Cashmere", "Fleece", "Corduroy", "Tencel", "Hemp", "Silk", "Recycled Polyester", "Modal",
    ]
    private static let garmentModifiers = [
        "Classic", "Relaxed Fit", "Slim Fit", "Oversized", "Lightweight", "Heavyweight", "Long Sleeve",
        "Short Sleeve", "Striped", "Garment Dyed", "Brushed", "Ribbed", "Cropped", "Boxy", "Vintage Wash",
        "Organic", "Quilted", "Padded", "Water-Repellent", "Stretch",
    ]

    static let apparelLeaves: [CategoryLeaf] = [
        CategoryLeaf(.apparel, "Men", "T-Shirts",
                     nouns: ["T-Shirt", "Tee", "Pocket Tee", "Crew Neck Tee", "Henley"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 2_900),
        CategoryLeaf(.apparel, "Men", "Shirts",
                     nouns: ["Shirt", "Oxford Shirt", "Overshirt", "Flannel Shirt", "Button-Down Shirt"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 5_500),
        CategoryLeaf(.apparel, "Men", "Hoodies",
                     nouns: ["Hoodie", "Sweatshirt", "Pullover", "Zip Hoodie"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 6_500),
        CategoryLeaf(.apparel, "Men", "Trousers",
                     nouns: ["Trousers", "Chinos", "Pants", "Joggers", "Cargo Trousers"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .waist, medianPriceCents: 6_900),
        CategoryLeaf(.apparel, "Men", "Jackets & Coats",
                     nouns: ["Jacket", "Parka", "Overcoat", "Windbreaker", "Gilet", "Puffer Jacket"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 14_900),
        CategoryLeaf(.apparel, "Women", "Dresses",
                     nouns: ["Dress", "Midi Dress", "Wrap Dress", "Slip Dress", "Shirt Dress", "Sundress"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 7_900),
        CategoryLeaf(.apparel, "Women", "Tops",
                     nouns: ["Blouse", "Tee", "T-Shirt", "Camisole", "Tank Top"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 3_500),
        CategoryLeaf(.apparel, "Women", "Knitwear",
                     nouns: ["Sweater", "Jumper", "Cardigan", "Roll Neck", "Knitted Vest"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 8_900),
        CategoryLeaf(.apparel, "Women", "Skirts",
                     nouns: ["Skirt", "Midi Skirt", "Pleated Skirt", "A-Line Skirt", "Wrap Skirt"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .alpha, medianPriceCents: 5_900),
        CategoryLeaf(.apparel, "Kids", "Everyday Wear",
                     nouns: ["T-Shirt", "Hoodie", "Leggings", "Dungarees", "Pyjamas"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .kids, medianPriceCents: 1_900),
        CategoryLeaf(.apparel, "Accessories", "Hats & Scarves",
                     nouns: ["Beanie", "Scarf", "Bucket Hat", "Cap", "Snood", "Gloves"],
                     materials: garmentMaterials, modifiers: garmentModifiers, sizes: .oneSize, medianPriceCents: 2_500),
    ]
}
