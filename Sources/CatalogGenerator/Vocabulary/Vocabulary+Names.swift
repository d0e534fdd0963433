extension Vocabulary {
    /// Syllables that invented brand names and product lines are built from.
    static let syllables = [
        "ka", "ro", "ve", "li", "an", "mar", "si", "tel", "dor", "na", "vik", "ol", "en", "zu", "ta", "mo",
        "lin", "bra", "cor", "sa", "fen", "gal", "hil", "ix", "ru", "dan", "quo", "pel", "sten", "wa", "or",
        "ly", "ne", "vo", "kel", "am", "bo", "tri", "us", "ja", "nor", "eo",
    ]

    /// Ordinary words used as product line names, next to invented ones.
    static let lineWords = [
        "Harbour", "Summit", "Meridian", "Atlas", "Ember", "Drift", "Nova", "Aurora", "Tundra", "Coast",
        "Prairie", "Canyon", "Orbit", "Vertex", "Prism", "Heritage", "Origin", "Voyage", "Field", "Mesa",
        "Cascade", "Granite", "Willow", "Cedar", "Birch", "Juniper", "Saffron", "Cobalt", "Falcon", "Kestrel",
        "Heron", "Otter", "Lynx", "Fjord", "Boreal", "Mistral", "Monsoon", "Solstice", "Equinox", "Pulse",
        "Echo", "Quartz", "Basalt", "Dune", "Lagoon", "Haven", "Ridge", "Glade", "Marlin", "Comet", "Zenith",
        "Sable", "Tempest", "Alder", "Ferro", "Lumen", "Arc", "Pilot", "Rover", "Studio", "Metro",
    ]

    /// Words that mean the same thing to a shopper; one group per concept, used as search synonyms.
    static let synonymGroups: [[String]] = [
        ["tee", "t-shirt"],
        ["hoodie", "sweatshirt"],
        ["sweater", "jumper"],
        ["trousers", "pants"],
        ["sneakers", "trainers"],
        ["earbuds", "earphones"],
        ["laptop", "notebook"],
        ["smartphone", "mobile phone", "cellphone"],
        ["glasses", "spectacles", "eyeglasses"],
        ["sunglasses", "shades"],
        ["binoculars", "field glasses"],
        ["varifocal", "progressive"],
        ["sofa", "couch", "settee"],
        ["duvet", "comforter"],
        ["zip", "zipper"],
        ["colour", "color"],
        ["grey", "gray"],
    ]
}
