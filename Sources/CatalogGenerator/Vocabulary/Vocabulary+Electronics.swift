extension Vocabulary {
    private static let deviceMaterials = [
        "Aluminium", "Plastic", "Recycled Plastic", "Silicone", "Glass", "Carbon Fibre", "Stainless Steel", "Fabric",
    ]
    private static let deviceModifiers = [
        "Wireless", "Bluetooth", "Noise Cancelling", "Portable", "Compact", "Rechargeable", "Ultralight",
        "Fast Charging", "Waterproof", "Smart", "Pro", "Studio", "Gaming", "USB-C", "Foldable",
    ]

    static let electronicsLeaves: [CategoryLeaf] = [
        CategoryLeaf(.electronics, "Audio", "Headphones",
                     nouns: ["Headphones", "Over-Ear Headphones", "Headset", "On-Ear Headphones"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .oneSize, medianPriceCents: 14_900),
        CategoryLeaf(.electronics, "Audio", "Earbuds",
                     nouns: ["Earbuds", "Earphones", "In-Ear Headphones", "Sports Earbuds"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .oneSize, medianPriceCents: 7_900),
        CategoryLeaf(.electronics, "Audio", "Speakers",
                     nouns: ["Speaker", "Soundbar", "Bookshelf Speakers", "Party Speaker"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .oneSize, medianPriceCents: 12_900),
        CategoryLeaf(.electronics, "Computers", "Laptops",
                     nouns: ["Laptop", "Notebook", "Ultrabook", "2-in-1 Laptop"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .storage, medianPriceCents: 99_900,
                     specs: ["13-inch", "14-inch", "15-inch", "16-inch"]),
        CategoryLeaf(.electronics, "Computers", "Monitors",
                     nouns: ["Monitor", "Display", "Ultrawide Monitor", "Curved Monitor"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .screen, medianPriceCents: 29_900,
                     specs: ["4K", "QHD", "144Hz", "OLED"]),
        CategoryLeaf(.electronics, "Computers", "Keyboards & Mice",
                     nouns: ["Keyboard", "Mouse", "Mechanical Keyboard", "Trackpad"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .oneSize, medianPriceCents: 6_900),
        CategoryLeaf(.electronics, "Phones", "Smartphones",
                     nouns: ["Smartphone", "Mobile Phone", "Cellphone"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .storage, medianPriceCents: 59_900,
                     specs: ["5G", "Dual SIM", "eSIM"]),
        CategoryLeaf(.electronics, "Phones", "Chargers & Cables",
                     nouns: ["Charger", "Power Bank", "Charging Cable", "Wireless Charger", "Wall Adapter"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .oneSize, medianPriceCents: 2_900,
                     specs: ["20W", "65W", "10000mAh", "20000mAh"]),
        CategoryLeaf(.electronics, "Wearables", "Smartwatches",
                     nouns: ["Smartwatch", "Fitness Tracker", "Sports Watch", "GPS Watch"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .watchCase, medianPriceCents: 24_900),
        CategoryLeaf(.electronics, "Cameras", "Cameras",
                     nouns: ["Mirrorless Camera", "Action Camera", "Compact Camera", "Instant Camera"],
                     materials: deviceMaterials, modifiers: deviceModifiers, sizes: .oneSize, medianPriceCents: 64_900,
                     specs: ["24MP", "33MP", "4K60", "Full-Frame"]),
    ]
}
