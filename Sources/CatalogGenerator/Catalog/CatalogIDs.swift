/// The id scheme that ties products, variants and price rows together.
///
/// Product `i` is `p` plus `i` in at least seven digits (`p0000042`); its variants are numbered
/// from 1: `variant_p0000042_1`, priced by the price set `pset_p0000042_1` and linked by
/// `pvps_p0000042_1`. Every id is plain ASCII, so no escaping is needed.
enum CatalogIDs {
    static let productDigits = 7

    static func appendProduct(_ index: Int, to encoder: inout RowEncoder) {
        encoder.rawByte(UInt8(ascii: "p"))
        encoder.rawInt(index, width: productDigits)
    }

    /// `<prefix>p0000042_<variant>`, e.g. prefix `variant_` or `pset_`.
    static func appendVariantScoped(_ prefix: StaticString, product: Int, variant: Int, to encoder: inout RowEncoder) {
        encoder.raw(prefix)
        appendProduct(product, to: &encoder)
        encoder.rawByte(UInt8(ascii: "_"))
        encoder.rawInt(variant)
    }

    static func product(_ index: Int) -> String {
        text { appendProduct(index, to: &$0) }
    }

    static func variantScoped(_ prefix: StaticString, product: Int, variant: Int) -> String {
        text { appendVariantScoped(prefix, product: product, variant: variant, to: &$0) }
    }

    private static func text(_ build: (inout RowEncoder) -> Void) -> String {
        var encoder = RowEncoder()
        build(&encoder)
        return String(decoding: encoder.bytes, as: UTF8.self)
    }
}
