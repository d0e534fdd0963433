/// UTF-8 byte order of strings: the order of filter string comparisons, facet listings and columns.
/// (Swift's `<` on `String` compares by Unicode canonical equivalence, which is not this order.)
enum ByteOrder {
    @inline(__always)
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.lexicographicallyPrecedes(y) } }
    }

    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && x.elementsEqual(y) } }
    }
}
