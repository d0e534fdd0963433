extension Vocabulary {
    /// Sentence templates of descriptions. Slots: `{w}` a filler word (Zipf-drawn, fresh each time),
    /// `{brand}`, `{line}`, `{noun}` (lower case), `{mat}` (lower case), `{mod}` / `{Mod}` (a modifier,
    /// lower case / as written). Each template renders to at most 12 words (the description
    /// length rule relies on it).
    static let descriptionTemplates = [
        "The {brand} {line} {noun} in {mat}.",
        "{Mod} and {w}, made for {w} {w}.",
        "This {w} {noun} brings {w} {w}.",
        "Cut from {w} {mat} for {w} comfort.",
        "{Mod} design, {w} and {w}.",
        "Built to last with {w} {w} details.",
        "Ideal for {w} {w} and {w} {w}.",
        "Easy to {w}, easy to {w}.",
        "Our {w} {noun}, now in {mat}.",
        "Finished with {w} {w} and {w} {w}.",
    ]

    /// Filler words of descriptions, most frequent first.
    static let descriptionWords = [
        "everyday", "comfortable", "soft", "durable", "classic", "lightweight", "versatile", "quality", "modern",
        "premium", "timeless", "practical", "easy", "care", "finish", "style", "travel", "weekend", "wear",
        "natural", "warm", "clean", "reliable", "refined", "simple", "smooth", "sturdy", "balanced", "crafted",
        "detailed", "subtle", "bold", "generous", "compact", "precise", "gentle", "quiet", "bright", "fresh",
        "honest", "thoughtful", "sustainable", "responsible", "recycled", "certified", "tested", "trusted",
        "heritage", "signature", "essential", "tailored", "relaxed", "structured", "breathable", "resilient",
        "robust", "flexible", "adjustable", "removable", "washable", "repairable", "stackable", "foldable",
        "morning", "evening", "summer", "winter", "autumn", "spring", "city", "coast", "mountain", "trail",
        "studio", "workshop", "office", "kitchen", "garden", "balcony", "bedroom", "lounge", "desk", "commute",
        "festival", "holiday", "family", "friends", "guests", "gifting", "layering", "packing", "walking",
        "reading", "cooking", "sewing", "listening", "gaming", "working", "hosting", "sleeping", "cycling",
        "texture", "colour", "shape", "pattern", "weave", "grain", "surface", "edge", "seam", "hem", "collar",
        "cuff", "handle", "lid", "base", "frame", "strap", "buckle", "button", "pocket", "lining", "sole", "heel",
        "lens", "bridge", "hinge", "battery", "sound", "bass", "signal", "screen", "warranty", "drape", "stretch",
        "hand-finished", "stitched", "woven", "knitted", "printed", "dyed", "brushed", "polished", "anodised",
        "enamelled", "tempered", "calibrated", "coated", "lined", "padded", "reinforced", "sealed", "ventilated",
        "contoured", "cushioned", "matte", "glossy", "muted", "vivid", "earthy", "crisp", "airy",
        "dense", "supple", "springy", "plush", "silky", "cool", "cosy", "snug", "roomy", "slim", "tapered",
        "wide", "deep", "low-profile", "all-day", "year-round", "small-batch", "long-lasting", "low-maintenance",
    ]
}
