import CICU

/// Swift face of the CICU shim: ICU word boundaries, search folding and normalization on
/// UTF-8 buffers.
///
/// Every call works on caller-owned scratch arrays so the hot path does not allocate; the
/// ICU break iterator is cached per thread inside the shim. ICU cannot fail on valid UTF-8
/// (which is all Swift strings hold); should it ever report an error (memory exhaustion),
/// the result is empty rather than a crash.
enum ICU {
    /// Byte offsets (relative to `text`) of the word boundaries of `text`, including 0 and
    /// `text.count`, written into `boundaries`; returns how many there are.
    static func wordBoundaries(of text: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int32]) -> Int {
        guard let base = text.baseAddress, text.count < Int(Int32.max) else { return 0 }
        if boundaries.count <= text.count { boundaries = [Int32](repeating: 0, count: text.count + 1) }
        let count = boundaries.withUnsafeMutableBufferPointer { out in
            cicu_word_boundaries(base, Int32(text.count), out.baseAddress, Int32(out.count))
        }
        return max(0, Int(count))
    }

    /// Search-folds `text` (see `cicu_search_fold`) into `output`; returns the folded length.
    static func searchFold(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
        produce(from: text, into: &output) { cicu_search_fold($0, $1, $2, $3) }
    }

    /// Normalizes `text` to `form` into `output`; returns the normalized length.
    static func normalize(_ text: UnsafeBufferPointer<UInt8>, to form: CICUNormalizationForm, into output: inout [UInt8]) -> Int {
        produce(from: text, into: &output) { cicu_normalize(form, $0, $1, $2, $3) }
    }

    /// Root-locale full lowercase mapping of `text` into `output`; returns its length.
    static func lowercase(_ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
        produce(from: text, into: &output) { cicu_to_lower($0, $1, $2, $3) }
    }

    /// Runs a preflighting shim function, growing `output` once when the result does not fit.
    private static func produce(
        from text: UnsafeBufferPointer<UInt8>,
        into output: inout [UInt8],
        _ function: (UnsafePointer<UInt8>, Int32, UnsafeMutablePointer<UInt8>, Int32) -> Int32
    ) -> Int {
        guard let base = text.baseAddress, !text.isEmpty, text.count < Int(Int32.max) / 4 else { return 0 }
        if output.count < 2 * text.count + 16 { output = [UInt8](repeating: 0, count: 2 * text.count + 16) }
        for _ in 0..<2 {
            let needed = output.withUnsafeMutableBufferPointer { out in
                function(base, Int32(text.count), out.baseAddress!, Int32(out.count))
            }
            guard needed >= 0 else { return 0 }
            if Int(needed) <= output.count { return Int(needed) }
            output = [UInt8](repeating: 0, count: Int(needed))
        }
        return 0
    }
}
