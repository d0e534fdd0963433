/// The documents of one segment, each serialised to compact JSON once, at index time, plus their ids.
///
/// Everything sits in a few contiguous arrays: a hit is returned by copying its byte range, and an id is
/// found through an open-addressing table over the id bytes.
struct DocumentStore: Sendable {
    private(set) var json: [UInt8] = []
    private(set) var jsonOffsets: [Int] = [0]
    private(set) var ids: [UInt8] = []
    private(set) var idOffsets: [UInt32] = [0]
    private var idTable: [UInt32] = []

    var count: Int { jsonOffsets.count - 1 }

    mutating func append(id: String, json document: [UInt8]) {
        json.append(contentsOf: document)
        jsonOffsets.append(json.count)
        ids.append(contentsOf: id.utf8)
        idOffsets.append(UInt32(ids.count))
    }

    /// Builds the id lookup table; call once after the last `append`.
    mutating func sealIDs() {
        var size = 16
        while size < count * 2 { size <<= 1 }
        idTable = [UInt32](repeating: .max, count: size)
        let mask = size - 1
        ids.withUnsafeBufferPointer { all in
            for local in 0..<count {
                let range = Int(idOffsets[local])..<Int(idOffsets[local + 1])
                var slot = Int(TermInterner.hash(UnsafeBufferPointer(rebasing: all[range]))) & mask
                while idTable[slot] != .max { slot = (slot + 1) & mask }
                idTable[slot] = UInt32(local)
            }
        }
    }

    /// The serialised JSON of document `local`.
    func document(_ local: UInt32) -> ArraySlice<UInt8> {
        json[jsonOffsets[Int(local)]..<jsonOffsets[Int(local) + 1]]
    }

    func id(_ local: UInt32) -> String {
        String(decoding: ids[Int(idOffsets[Int(local)])..<Int(idOffsets[Int(local) + 1])], as: UTF8.self)
    }

    /// Local ids of every stored document with this id (normally one; a batch may repeat an id, the last wins
    /// and the earlier ones are deleted by the builder).
    func lookup(_ id: String) -> UInt32? {
        guard !idTable.isEmpty else { return nil }
        var key = id
        return key.withUTF8 { word -> UInt32? in
            let mask = idTable.count - 1
            var slot = Int(TermInterner.hash(word)) & mask
            var found: UInt32? = nil
            while idTable[slot] != .max {
                let local = idTable[slot]
                let range = Int(idOffsets[Int(local)])..<Int(idOffsets[Int(local) + 1])
                if range.count == word.count && ids[range].elementsEqual(word) {
                    found = max(found ?? 0, local)
                }
                slot = (slot + 1) & mask
            }
            return found
        }
    }

    var byteSize: Int { json.count + jsonOffsets.count * 8 + ids.count + idOffsets.count * 4 + idTable.count * 4 }
}

extension DocumentStore {
    /// A store from its arrays (a snapshot's), with the id table rebuilt.
    init(json: [UInt8], jsonOffsets: [Int], ids: [UInt8], idOffsets: [UInt32]) {
        self.json = json
        self.jsonOffsets = jsonOffsets
        self.ids = ids
        self.idOffsets = idOffsets
        sealIDs()
    }
}
