/// Each document's indexed words in order, as term ids: what the ranking rules read to measure typos,
/// proximity, attribute rank, word position and exactness for one candidate.
///
/// One flat `UInt32` array holds all documents; markers above the term-id space open an attribute,
/// skip positions (hard separators, array elements) or stand for a stop word, which occupies a position
/// but is not indexed.
struct ForwardIndex: Sendable {
    static let maxTermID: UInt32 = 0xFFEF_FFFF
    static let fieldMarker: UInt32 = 0xFFF0_0000
    static let gapMarker: UInt32 = 0xFFFF_0000
    static let stopWord: UInt32 = 0xFFFF_FFFF
    static let maxFieldID: UInt32 = 0x000E_FFFF
    static let maxGap: UInt32 = 0xFFFE

    private(set) var tokens: [UInt32] = []
    private(set) var starts: [UInt32] = [0]

    var documentCount: Int { starts.count - 1 }

    /// The token range of document `local`.
    @inline(__always)
    func range(_ local: UInt32) -> Range<Int> { Int(starts[Int(local)])..<Int(starts[Int(local) + 1]) }

    /// Appends one document from `(field, position, term)` triples sorted by field then position.
    mutating func append(_ occurrences: ArraySlice<Occurrence>) {
        var field = UInt32.max
        var next: UInt32 = 0
        for occurrence in occurrences {
            if occurrence.field != field {
                field = occurrence.field
                tokens.append(Self.fieldMarker | min(field, Self.maxFieldID))
                next = 0
            }
            var gap = occurrence.position - next
            while gap > 0 {
                let step = min(gap, Self.maxGap)
                tokens.append(Self.gapMarker | step)
                gap -= step
            }
            tokens.append(occurrence.term)
            next = occurrence.position + 1
        }
        starts.append(UInt32(tokens.count))
    }

    /// Rewrites term ids through `map` (used once the dictionary is sorted).
    mutating func remapTerms(_ map: [UInt32]) {
        tokens.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices where buffer[i] <= Self.maxTermID {
                buffer[i] = map[Int(buffer[i])]
            }
        }
    }

    /// Rewrites field ids through `map` (used when segments built in parallel meet one registry).
    mutating func remapFields(_ map: [UInt32]) {
        tokens.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices where buffer[i] > Self.maxTermID && buffer[i] < Self.gapMarker {
                let field = buffer[i] & ~Self.fieldMarker
                if Int(field) < map.count { buffer[i] = Self.fieldMarker | min(map[Int(field)], Self.maxFieldID) }
            }
        }
    }

    var byteSize: Int { tokens.count * 4 + starts.count * 4 }

    /// One indexed word of a document while it is being built.
    struct Occurrence {
        var field: UInt32
        var position: UInt32
        var term: UInt32
    }
}
