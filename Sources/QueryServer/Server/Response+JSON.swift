import HTTPTypes
import Hummingbird
import LoupeJSON
import NIOCore

extension Response {
    /// A response whose body is the JSON text `writer` holds (written once, never re-encoded).
    static func json(_ writer: JSONWriter, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: writer.bytes)))
    }

    /// A response with `value` serialized as its body.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        var writer = JSONWriter(capacity: 256)
        writer.write(value)
        return json(writer, status: status)
    }
}
