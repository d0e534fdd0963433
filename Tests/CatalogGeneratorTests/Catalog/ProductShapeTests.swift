import CatalogGenerator
import LoupeJSON
import XCTest

final class ProductShapeTests: XCTestCase {
    private static let fields = [
        "id", "title", "description", "brand", "categories", "category", "tags", "color", "sizes", "material",
        "price", "currency", "variants", "created_at", "rating", "in_stock",
    ]

    func testEveryProductHasEveryFieldWithItsJSONType() {
        for (index, product) in Fixtures.products.enumerated() {
            XCTAssertEqual(product.keys, Self.fields)
            XCTAssertEqual(product.string("id"), CatalogGenerator.productID(at: index))
            for key in ["title", "description", "brand", "category", "color", "material"] {
                XCTAssertFalse(product.string(key).isEmpty, key)
            }
            for key in ["categories", "tags", "sizes"] {
                let array = product[key]?.arrayValue ?? []
                XCTAssertFalse(array.isEmpty, "\(key) of product \(index)")
                XCTAssertTrue(array.allSatisfy { $0.stringValue?.isEmpty == false }, "\(key) holds non-empty strings")
            }
            XCTAssertGreaterThan(product.int("price"), 0)
            XCTAssertEqual(product.string("currency"), "eur")
            XCTAssertNotNil(product["in_stock"]?.boolValue)
            let rating = product["rating"]?.numberValue?.doubleValue ?? -1
            XCTAssertTrue((1...5).contains(rating), "rating \(rating)")
            XCTAssertTrue((1_546_300_800..<1_751_300_800).contains(product.int("created_at")))
        }
    }

    func testCategoriesAreTheLeafsAncestorPaths() {
        for product in Fixtures.products {
            let categories = product["categories"]?.arrayValue?.compactMap(\.stringValue) ?? []
            XCTAssertEqual(categories.count, 3)
            let parts = product.string("category").components(separatedBy: " > ")
            XCTAssertEqual(parts.count, 3)
            XCTAssertEqual(categories, [parts[0], parts[0] + " > " + parts[1], product.string("category")])
        }
    }

    func testVariantsArePricedIdentifiedAndMatchTheProduct() {
        var skus = Set<String>()
        for (index, product) in Fixtures.products.enumerated() {
            let variants = product["variants"]?.arrayValue?.compactMap(\.objectValue) ?? []
            XCTAssertTrue((1...4).contains(variants.count), "product \(index) has \(variants.count) variants")
            let sizes = Set(product["sizes"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            var pairs = Set<String>()
            for (position, variant) in variants.enumerated() {
                XCTAssertEqual(variant.keys, ["id", "sku", "color", "size", "price"])
                XCTAssertEqual(variant.string("id"), CatalogGenerator.variantID(productIndex: index, number: position + 1))
                XCTAssertTrue(skus.insert(variant.string("sku")).inserted, "duplicate sku \(variant.string("sku"))")
                XCTAssertTrue(sizes.contains(variant.string("size")))
                XCTAssertTrue(pairs.insert(variant.string("color") + "/" + variant.string("size")).inserted)
                XCTAssertEqual(variant.int("price") % 100, 99, "prices end in .99")
            }
            XCTAssertEqual(variants.first?.string("color"), product.string("color"))
            XCTAssertEqual(product.int("price"), variants.map { $0.int("price") }.min())
        }
    }

    func testDescriptionsHaveTwelveToThirtyWords() {
        var lengths: [Int: Int] = [:]
        for product in Fixtures.products {
            let words = product.string("description").split(separator: " ").count
            XCTAssertTrue((12...30).contains(words), "\(words) words: \(product.string("description"))")
            lengths[words, default: 0] += 1
        }
        XCTAssertGreaterThan(lengths.keys.count, 8, "lengths vary")
    }

    func testTagsAreDistinctAndStartWithTheLowerCasedNoun() {
        for product in Fixtures.products {
            let tags = product["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
            XCTAssertEqual(Set(tags).count, tags.count)
            XCTAssertEqual(tags.first, tags.first?.lowercased())
            XCTAssertTrue(product.string("title").lowercased().contains(tags[0]), "title names the noun tag")
        }
    }

    func testProductsAreCompact() throws {
        let bytes = try Fixtures.generator.productsNDJSON(range: 0..<5_000)
        let average = bytes.count / 5_000
        XCTAssertTrue((400...700).contains(average), "average product is \(average) bytes")
    }
}
