extension JSONValue {
    /// Compact JSON text of this value as UTF-8 bytes (see `JSONWriter` for the exact format).
    public func serialized() -> [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }

    /// Compact JSON text of this value.
    public var jsonString: String {
        String(decoding: serialized(), as: UTF8.self)
    }
}
