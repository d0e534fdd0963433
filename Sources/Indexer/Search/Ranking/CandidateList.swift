/// Scored candidates of a search: each a (segment, local id) with a fixed-width row of ranking keys,
/// stored flat. Smaller keys rank first; ties fall back to insertion order (segment, then local id).
struct CandidateList {
    /// A key component that holds a string rank local to its segment (after a group component equal to 1).
    struct StringComponent {
        var component: Int
        var field: String
        var ascending: Bool
    }

    let width: Int
    let stringComponents: [StringComponent]
    private(set) var segments: [UInt16] = []
    private(set) var locals: [UInt32] = []
    private(set) var keys: [UInt64] = []

    init(width: Int, stringComponents: [StringComponent]) {
        self.width = width
        self.stringComponents = stringComponents
    }

    var count: Int { locals.count }

    mutating func append(segment: Int, local: UInt32, keys row: UnsafeBufferPointer<UInt64>) {
        segments.append(UInt16(segment))
        locals.append(local)
        keys.append(contentsOf: row)
    }

    /// Candidate indices in rank order, only the first `limit` needed.
    func ranked(limit: Int, segmentsByIndex: [Segment]) -> [Int] {
        var order = Array(0..<count)
        guard limit > 0 else { return [] }
        let less: (Int, Int) -> Bool = { a, b in self.precedes(a, b, segmentsByIndex) }
        if count > limit * 8 && limit < 4096 {
            return Self.selectSmallest(order, limit: limit, by: less)
        }
        order.sort(by: less)
        return Array(order.prefix(limit))
    }

    /// Keeps the `limit` smallest with a bounded max-heap, then sorts them.
    private static func selectSmallest(_ items: [Int], limit: Int, by less: (Int, Int) -> Bool) -> [Int] {
        var heap: [Int] = []
        heap.reserveCapacity(limit + 1)
        for item in items {
            if heap.count < limit {
                heap.append(item)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    if less(heap[parent], heap[child]) { heap.swapAt(parent, child); child = parent } else { break }
                }
            } else if less(item, heap[0]) {
                heap[0] = item
                var parent = 0
                while true {
                    let left = parent * 2 + 1, right = left + 1
                    var largest = parent
                    if left < heap.count && less(heap[largest], heap[left]) { largest = left }
                    if right < heap.count && less(heap[largest], heap[right]) { largest = right }
                    if largest == parent { break }
                    heap.swapAt(parent, largest)
                    parent = largest
                }
            }
        }
        return heap.sorted(by: less)
    }

    func precedes(_ a: Int, _ b: Int, _ segmentsByIndex: [Segment]) -> Bool {
        let rowA = a * width, rowB = b * width
        let sameSegment = segments[a] == segments[b]
        var component = 0
        while component < width {
            let ka = keys[rowA + component], kb = keys[rowB + component]
            if !sameSegment, component > 0, keys[rowA + component - 1] == 1, keys[rowB + component - 1] == 1,
               let string = stringComponents.first(where: { $0.component == component }) {
                let columnA = segmentsByIndex[Int(segments[a])].sortColumns[string.field]!
                let columnB = segmentsByIndex[Int(segments[b])].sortColumns[string.field]!
                let textA = columnA.string(payload: ka, ascending: string.ascending)
                let textB = columnB.string(payload: kb, ascending: string.ascending)
                if textA != textB {
                    let ordered = textA.utf8.lexicographicallyPrecedes(textB.utf8)
                    return string.ascending ? ordered : !ordered
                }
            } else if ka != kb {
                return ka < kb
            }
            component += 1
        }
        if !sameSegment { return segments[a] < segments[b] }
        return locals[a] < locals[b]
    }

    func segment(_ index: Int) -> Int { Int(segments[index]) }
    func keyRow(_ index: Int) -> ArraySlice<UInt64> { keys[(index * width)..<((index + 1) * width)] }
    func local(_ index: Int) -> UInt32 { locals[index] }
}
