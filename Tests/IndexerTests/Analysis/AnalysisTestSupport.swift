@testable import Indexer

/// Small readers over `TextAnalyzer` output shared by the analysis tests.
extension TextAnalyzer {
    /// Folded words of `text`, in order.
    func words(_ text: String) -> [String] {
        tokenize(text).filter { $0.kind == .word }.map(\.text)
    }

    /// (folded word, position) pairs from the indexing path.
    func positionedWords(_ text: String, startPosition: Int = 0) -> [(String, Int)] {
        var result: [(String, Int)] = []
        forEachWord(in: text, startPosition: startPosition) { folded, position, _ in
            result.append((String(decoding: folded, as: UTF8.self), position))
        }
        return result
    }
}
