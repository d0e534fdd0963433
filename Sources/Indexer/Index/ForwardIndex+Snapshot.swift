/// Snapshot coding of a forward index: tokens and document starts as raw arrays.
extension ForwardIndex {
    func encode(into writer: inout ByteWriter) {
        writer.rawArray(tokens)
        writer.rawArray(starts)
    }

    /// Checks that every term id names a dictionary term and every attribute marker a registered field.
    init(decoding reader: inout ByteReader, shape: SegmentShape) throws(SnapshotError) {
        let tokens: [UInt32] = try reader.rawArray()
        let starts: [UInt32] = try reader.rawArray()
        try SnapshotCheck.offsets(starts, count: shape.documentCount, total: tokens.count, "forward index")
        let termCount = UInt32(shape.termCount), fieldCount = UInt32(clamping: shape.fieldCount)
        let valid = tokens.withUnsafeBufferPointer { all in
            all.allSatisfy { token in
                if token <= Self.maxTermID { return token < termCount }
                if token < Self.gapMarker { return token & ~Self.fieldMarker < fieldCount }
                return true
            }
        }
        guard valid else { throw SnapshotError("forward index: a token names an unknown term or field") }
        self.init(tokens: tokens, starts: starts)
    }
}
