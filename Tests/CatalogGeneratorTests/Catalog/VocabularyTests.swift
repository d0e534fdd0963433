@testable import CatalogGenerator
import XCTest

final class VocabularyTests: XCTestCase {
    func testCatalogCoversAllSixDomainsAndEveryLeaf() {
        let domains = Set(Fixtures.largeCatalog.map { $0.string("category").components(separatedBy: " > ")[0] })
        XCTAssertEqual(domains, ["Apparel", "Footwear", "Electronics", "Home", "Optics", "Fabrics"])
        let leaves = Set(Fixtures.largeCatalog.map { $0.string("category") })
        XCTAssertEqual(leaves, Set(Vocabulary.leaves.map { $0.path.joined(separator: " > ") }))
        XCTAssertGreaterThanOrEqual(leaves.count, 50)
    }

    func testEyewearAndFabricVocabularyAppears() {
        let titles = Fixtures.largeCatalog.map { $0.string("title") }
        for noun in ["Glasses", "Spectacles", "Sunglasses", "Binoculars", "Contact Lenses", "Poplin", "Tweed", "Sewing Pattern"] {
            XCTAssertTrue(titles.contains { $0.hasSuffix(noun) || $0.contains(noun + " - ") }, noun)
        }
    }

    func testWordListsHaveNoDuplicatesAndNeedNoEscaping() {
        func assertDistinct(_ words: [String], _ name: String) {
            XCTAssertEqual(Set(words).count, words.count, "\(name) repeats a word")
            XCTAssertFalse(words.isEmpty, name)
        }
        for leaf in Vocabulary.leaves {
            let name = leaf.path.joined(separator: " > ")
            assertDistinct(leaf.nouns, name + " nouns")
            assertDistinct(leaf.materials, name + " materials")
            assertDistinct(leaf.modifiers, name + " modifiers")
            assertDistinct(leaf.sizes.sizes, name + " sizes")
            XCTAssertEqual(leaf.sizes.surchargePercent.count, leaf.sizes.sizes.count, name)
            XCTAssertEqual(Set(leaf.sizes.skuCodes).count, leaf.sizes.sizes.count, name + " size codes")
        }
        assertDistinct(Vocabulary.colors.map(\.name), "colors")
        assertDistinct(Vocabulary.colors.map(\.code), "color codes")
        assertDistinct(Vocabulary.descriptionWords, "description words")
        assertDistinct(Vocabulary.lineWords, "line words")
        assertDistinct(Vocabulary.merchandisingTags, "tags")
        assertDistinct(Vocabulary.synonymGroups.flatMap { $0 }, "synonyms")
        let everything = Vocabulary.leaves.flatMap { $0.nouns + $0.materials + $0.modifiers + $0.path + $0.specs }
            + Vocabulary.descriptionWords + Vocabulary.lineWords + Vocabulary.syllables
        for word in everything {
            XCTAssertEqual(JSONText.escaped(word), Array(word.utf8), "'\(word)' would need escaping")
        }
    }

    func testSynonymGroupsNameWordsOfTheCatalogAndAreMutual() {
        let titles = Fixtures.largeCatalog.map { $0.string("title").lowercased() }
        let groups = Fixtures.generator.synonymGroups
        XCTAssertGreaterThanOrEqual(groups.count, 10)
        for required in [["tee", "t-shirt"], ["sneakers", "trainers"], ["sofa", "couch", "settee"], ["earbuds", "earphones"],
                         ["laptop", "notebook"], ["glasses", "spectacles", "eyeglasses"]] {
            XCTAssertTrue(groups.contains(required), "\(required)")
        }
        for group in groups where !["zip", "colour", "grey"].contains(group[0]) {
            let used = group.filter { word in titles.contains { $0.contains(word) } }
            XCTAssertGreaterThanOrEqual(used.count, 2, "at least two words of \(group) occur in titles")
        }
        let synonyms = CatalogGenerator.demoSynonyms
        XCTAssertEqual(synonyms["couch"].map(Set.init), ["sofa", "settee"])
        for (word, others) in synonyms {
            XCTAssertFalse(others.contains(word))
            for other in others { XCTAssertTrue(synonyms[other]?.contains(word) == true, "\(other) → \(word)") }
        }
    }
}
