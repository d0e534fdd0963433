import LoupeJSON

/// One case of `meili-conformance.json`, with just the parts a runner needs.
struct ConformanceCase {
    let name: String
    let documents: [JSONValue]?
    let settings: JSONValue?
    let server: JSONValue?
    let method: String
    let path: String
    let body: JSONValue?
    let query: JSONObject?
    let headers: JSONObject?
    let expect: JSONObject
    let followUp: [JSONValue]

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

    static func all() throws -> [ConformanceCase] {
        let file = try SharedReference.json("meili-conformance.json")
        return (file["cases"]?.arrayValue ?? []).map(ConformanceCase.init)
    }
}
