import LoupeJSON

/// One case of `meili-conformance.json`, with just the parts a runner needs.
public struct ConformanceCase {
    public let name: String
    public let documents: [JSONValue]?
    public let settings: JSONValue?
    public let server: JSONValue?
    public let method: String
    public let path: String
    public let body: JSONValue?
    public let query: JSONObject?
    public let headers: JSONObject?
    public let expect: JSONObject
    public let followUp: [JSONValue]

    init(_ value: JSONValue) {
        name = value["name"]?.stringValue ?? "?"
        documents = value["documents"]?.arrayValue
        settings = value["settings"]
        server = value["server"]
        let request = value["request"]?.objectValue ?? JSONObject()
        method = request["method"]?.stringValue ?? "GET"
        path = request["path"]?.stringValue ?? "/"
        body = request["body"]
        query = request["query"]?.objectValue
        headers = request["headers"]?.objectValue
        expect = value["expect"]?.objectValue ?? JSONObject()
        followUp = value["followUp"]?.arrayValue ?? []
    }

    public static func all() throws -> [ConformanceCase] {
        let file = try SharedReference.json("meili-conformance.json")
        return (file["cases"]?.arrayValue ?? []).map(ConformanceCase.init)
    }
}
