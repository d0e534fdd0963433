import LoupeJSON

/// Projects a stored document onto `attributesToRetrieve ∩ displayedAttributes`.
///
/// When both are "everything" the stored bytes are returned untouched (the common, fast case).
/// Dotted paths select nested fields and keep their structure (`doggos.name` → `{"doggos":[{"name":…}]}`).
struct DocumentProjection: Sendable {
    private let lists: [[String]]

    init(displayed: [String]?, retrieve: [String]?) {
        lists = [displayed, retrieve].compactMap { list in
            guard let list, !list.contains("*") else { return nil }
            return list
        }
    }

    var isIdentity: Bool { lists.isEmpty }

    func project(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard !isIdentity else { return Array(bytes) }
        guard case .object(let object)? = try? JSONParser.parse(Array(bytes)) else { return Array(bytes) }
        return JSONValue.object(filter(object, prefix: "")).serialized()
    }

    /// Whether the attribute at `path` is kept whole.
    func keeps(_ path: String) -> Bool {
        lists.allSatisfy { list in list.contains { AttributePattern.matches(pattern: $0, path: path) } }
    }

    private func mayDescend(_ path: String) -> Bool {
        lists.allSatisfy { list in
            list.contains { AttributePattern.matches(pattern: $0, path: path) || $0.hasPrefix(path + ".") }
        }
    }

    private func filter(_ object: JSONObject, prefix: String) -> JSONObject {
        var result = JSONObject()
        for (key, value) in object {
            let path = prefix.isEmpty ? key : prefix + "." + key
            if keeps(path) {
                result[key] = value
            } else if mayDescend(path), let nested = descend(value, path: path) {
                result[key] = nested
            }
        }
        return result
    }

    private func descend(_ value: JSONValue, path: String) -> JSONValue? {
        switch value {
        case .object(let inner): return .object(filter(inner, prefix: path))
        case .array(let items): return .array(items.compactMap { descend($0, path: path) })
        default: return nil
        }
    }
}
