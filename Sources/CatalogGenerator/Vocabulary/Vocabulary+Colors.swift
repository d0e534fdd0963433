extension Vocabulary {
    /// Colour names, most common first, each with its unique three-letter SKU code.
    static let colors: [(name: String, code: String)] = [
        ("Black", "BLK"), ("White", "WHT"), ("Navy", "NVY"), ("Grey", "GRY"), ("Natural", "NAT"), ("Blue", "BLU"),
        ("Beige", "BGE"), ("Olive", "OLV"), ("Charcoal", "CHR"), ("Brown", "BRN"), ("Red", "RED"), ("Green", "GRN"),
        ("Ecru", "ECR"), ("Tortoiseshell", "TRT"), ("Stone", "STN"), ("Forest Green", "FGR"), ("Burgundy", "BUR"),
        ("Sand", "SND"), ("Rust", "RST"), ("Pink", "PNK"), ("Sage", "SGE"), ("Mustard", "MST"), ("Indigo", "IND"),
        ("Terracotta", "TER"), ("Lilac", "LIL"), ("Gunmetal", "GUN"), ("Ivory", "IVR"), ("Teal", "TEA"),
        ("Powder Blue", "PBL"), ("Crystal", "CRY"), ("Havana", "HAV"), ("Coral", "COR"), ("Ochre", "OCH"),
        ("Silver", "SLV"), ("Gold", "GLD"), ("Plum", "PLM"),
    ]

    /// Merchandising tags added to some products on top of their noun, material and modifier tags.
    static let merchandisingTags = [
        "new", "bestseller", "sale", "gift idea", "eco", "limited edition", "online only", "back in stock",
        "staff pick", "made in europe", "vegan", "fair trade", "bundle", "last chance", "award winner",
    ]
}
