import CatalogGenerator
import XCTest

/// Zipf-like frequencies and distinctive titles, measured on 30,000 products.
final class FrequencyTests: XCTestCase {
    private func counts(_ values: [String]) -> [Int] {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.values.sorted(by: >)
    }

    private func median(_ sorted: [Int]) -> Int { sorted[sorted.count / 2] }

    func testBrandsFollowAZipfLikeDistribution() {
        let brands = counts(Fixtures.largeCatalog.map { $0.string("brand") })
        XCTAssertGreaterThan(brands.count, 200, "hundreds of brands")
        XCTAssertGreaterThan(brands[0], 10 * median(brands), "top brand \(brands[0]) vs median \(median(brands))")
        XCTAssertGreaterThan(brands[0], 2 * brands[9], "frequencies keep falling with rank")
    }

    func testDescriptionWordsAndColorsAreSkewed() {
        let words = counts(Fixtures.largeCatalog.flatMap {
            $0.string("description").lowercased().split { !$0.isLetter }.map(String.init)
        })
        XCTAssertGreaterThan(words[0], 20 * median(words), "top word \(words[0]) vs median \(median(words))")
        let colors = counts(Fixtures.largeCatalog.map { $0.string("color") })
        XCTAssertGreaterThan(colors[0], 5 * colors[colors.count - 1])
    }

    func testTitlesMostlyIdentifyOneProduct() {
        let titles = counts(Fixtures.largeCatalog.map { $0.string("title") })
        let unique = titles.filter { $0 == 1 }.count
        XCTAssertGreaterThan(Double(unique) / Double(Fixtures.largeCatalog.count), 0.95)
    }

    func testTitleWordsRepeatWhileTitlesStayDistinct() {
        let words = counts(Fixtures.largeCatalog.flatMap { $0.string("title").split(separator: " ").map(String.init) })
        XCTAssertGreaterThan(words[0], 1_000, "common title words repeat")
    }
}
