import Hummingbird
import LoupeJSON
import NIOCore

/// Reads a request body under a size limit and checks its `Content-Type`, with Meilisearch's errors:
/// 413 `payload_too_large` (checked on `Content-Length` first, then while reading), 415
/// `missing_content_type` / `invalid_content_type`, 400 `missing_payload` for an empty body and
/// 400 `malformed_payload` (with line and column) for JSON that does not parse.
struct RequestPayload: Sendable {
    let format: PayloadFormat
    let bytes: [UInt8]

    static func read(_ request: inout Request, limit: Int, accepting formats: [PayloadFormat]) async throws(APIError) -> RequestPayload {
        let accepted = formats.map(\.mediaType)
        guard let contentType = request.headers[.contentType] else {
            throw .missingContentType(accepted: accepted)
        }
        guard let format = PayloadFormat(contentType: contentType), formats.contains(format) else {
            throw .invalidContentType(contentType, accepted: accepted)
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw .payloadTooLarge(limit: limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw .payloadTooLarge(limit: limit)
        } catch {
            throw APIError(code: "bad_request", message: "The request body could not be read: \(error).")
        }
        guard buffer.readableBytes > 0 else { throw .missingPayload }
        return RequestPayload(format: format, bytes: Array(buffer.readableBytesView))
    }

    /// Reads a JSON body and parses it.
    static func json(_ request: inout Request, limit: Int) async throws(APIError) -> JSONValue {
        try await read(&request, limit: limit, accepting: PayloadFormat.jsonOnly).parseJSON()
    }

    func parseJSON() throws(APIError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .malformedPayload(error.description)
        }
    }
}
