extension ProductDraft {
    static let minimumDescriptionWords = 12
    static let maximumDescriptionWords = 30
    /// Currency of `price` and the variants' `price` (integer cents).
    static let listingCurrency: StaticString = "eur"

    /// Writes the product as one compact JSON object and a newline.
    func encode(into encoder: inout RowEncoder, tables: CatalogTables, seed: UInt64) {
        let leaf = tables.leaves[self.leaf]
        let brand = tables.brandBook.brands[leaf.domain.rawValue][self.brand]
        encoder.openObject()
        encoder.key("id")
        encoder.beginString()
        CatalogIDs.appendProduct(index, to: &encoder)
        encoder.endString()
        encoder.key("title")
        encodeTitle(into: &encoder, leaf: leaf, brand: brand, tables: tables)
        encoder.key("description")
        encodeDescription(into: &encoder, leaf: leaf, brand: brand, tables: tables, seed: seed)
        encoder.key("brand")
        encoder.string(brand.name)
        encoder.key("categories")
        encoder.openArray()
        for path in leaf.categoryPaths { encoder.string(path) }
        encoder.closeArray()
        encoder.key("category")
        encoder.string(leaf.categoryPaths[leaf.categoryPaths.count - 1])
        encoder.key("tags")
        encodeTags(into: &encoder, leaf: leaf, tables: tables)
        encoder.key("color")
        encoder.string(tables.colors[color])
        encoder.key("sizes")
        encoder.openArray()
        for size in firstSize..<(firstSize + sizeCount) { encoder.string(leaf.sizes[size]) }
        encoder.closeArray()
        encoder.key("material")
        encoder.string(leaf.materials[material])
        encoder.key("price")
        encoder.int(priceCents)
        encoder.key("currency")
        encoder.beginString()
        encoder.raw(ProductDraft.listingCurrency)
        encoder.endString()
        encoder.key("variants")
        encodeVariants(into: &encoder, leaf: leaf, brand: brand, tables: tables)
        encoder.key("created_at")
        encoder.int(createdAt)
        encoder.key("rating")
        encoder.decimal(minorUnits: ratingTenths, exponent: 1)
        encoder.key("in_stock")
        encoder.bool(inStock)
        encoder.closeObject()
        encoder.endRow()
    }

    /// Brand, line, model code, spec, audience, modifiers, material, noun, and sometimes " - Colour".
    private func encodeTitle(
        into encoder: inout RowEncoder, leaf: CatalogTables.Leaf, brand: BrandBook.Brand, tables: CatalogTables
    ) {
        let space = UInt8(ascii: " ")
        encoder.beginString()
        encoder.raw(brand.name)
        encoder.rawByte(space)
        encoder.raw(brand.lines[line])
        if let modelCode {
            encoder.rawByte(space)
            encoder.rawByte(UInt8(ascii: "A") + UInt8(modelCode.letter))
            encoder.rawInt(modelCode.number)
        }
        if spec >= 0 {
            encoder.rawByte(space)
            encoder.raw(leaf.specs[spec])
        }
        if showsAudience, let audience = leaf.audience {
            encoder.rawByte(space)
            encoder.raw(audience)
        }
        for modifier in modifiers {
            encoder.rawByte(space)
            encoder.raw(leaf.modifiers[modifier])
        }
        if showsMaterial {
            encoder.rawByte(space)
            encoder.raw(leaf.materials[material])
        }
        encoder.rawByte(space)
        encoder.raw(leaf.nouns[noun])
        if showsColor {
            encoder.raw(" - ")
            encoder.raw(tables.colors[color])
        }
        encoder.endString()
    }

    /// Whole template sentences, drawn from the product's own description stream, up to a seeded
    /// target length: at least 12 and at most 30 words, short descriptions more common than long.
    private func encodeDescription(
        into encoder: inout RowEncoder, leaf: CatalogTables.Leaf, brand: BrandBook.Brand,
        tables: CatalogTables, seed: UInt64
    ) {
        var random = SeededRandom(seed: seed, stream: UInt64(index), salt: 0xDE5C)
        let minimum = ProductDraft.minimumDescriptionWords
        let spread = ProductDraft.maximumDescriptionWords - minimum + 1
        let target = minimum + min(random.below(spread), random.below(spread), random.below(spread))
        let modifier = modifiers.first ?? leaf.modifierDraw.draw(&random)
        var words = 0
        encoder.beginString()
        // A sentence is kept while it stays within the target, or while the minimum is not yet
        // reached (every template renders to at most 12 words, so that never passes 30). The
        // attempt bound only guards against a vocabulary change breaking that.
        for _ in 0..<64 {
            let mark = encoder.count
            if words > 0 { encoder.rawByte(UInt8(ascii: " ")) }
            for piece in tables.templates[random.below(tables.templates.count)].pieces {
                switch piece {
                case .text(let text): encoder.raw(text)
                case .filler: encoder.raw(tables.descriptionWords[tables.descriptionWordDraw.draw(&random)])
                case .brand: encoder.raw(brand.name)
                case .line: encoder.raw(brand.lines[line])
                case .noun: encoder.raw(leaf.nounsLower[noun])
                case .material: encoder.raw(leaf.materialsLower[material])
                case .modifier(let capitalised):
                    encoder.raw(capitalised ? leaf.modifiers[modifier] : leaf.modifiersLower[modifier])
                }
            }
            let added = encoder.bytes[mark...].reduce(words == 0 ? 1 : 0) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
            let fits = words + added <= (words < minimum ? ProductDraft.maximumDescriptionWords : target)
            if fits { words += added } else { encoder.discard(from: mark) }
            if words >= target || (!fits && words >= minimum) { break }
        }
        encoder.endString()
    }

    /// Noun and modifiers in lower case, then merchandising tags; no duplicates (the material has its own field).
    private func encodeTags(into encoder: inout RowEncoder, leaf: CatalogTables.Leaf, tables: CatalogTables) {
        encoder.openArray()
        var written: [[UInt8]] = []
        written.reserveCapacity(6)
        func add(_ tag: [UInt8]) {
            guard !written.contains(tag) else { return }
            written.append(tag)
            encoder.string(tag)
        }
        add(leaf.nounsLower[noun])
        for modifier in modifiers { add(leaf.modifiersLower[modifier]) }
        for tag in merchandisingTags { add(tables.tags[tag]) }
        encoder.closeArray()
    }

    private func encodeVariants(
        into encoder: inout RowEncoder, leaf: CatalogTables.Leaf, brand: BrandBook.Brand, tables: CatalogTables
    ) {
        encoder.openArray()
        for variant in 0..<variantCount {
            encoder.openObject()
            encoder.key("id")
            encoder.beginString()
            CatalogIDs.appendVariantScoped("variant_", product: index, variant: variant + 1, to: &encoder)
            encoder.endString()
            encoder.key("sku")
            encoder.beginString()
            encoder.raw(brand.skuPrefix)
            encoder.rawByte(UInt8(ascii: "-"))
            encoder.rawInt(index)
            encoder.rawByte(UInt8(ascii: "-"))
            encoder.raw(tables.colorCodes[variantColors[variant]])
            encoder.rawByte(UInt8(ascii: "-"))
            encoder.raw(leaf.sizeCodes[variantSizes[variant]])
            encoder.endString()
            encoder.key("color")
            encoder.string(tables.colors[variantColors[variant]])
            encoder.key("size")
            encoder.string(leaf.sizes[variantSizes[variant]])
            encoder.key("price")
            encoder.int(variantPriceCents[variant])
            encoder.closeObject()
        }
        encoder.closeArray()
    }
}
