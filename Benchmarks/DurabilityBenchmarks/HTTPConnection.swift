import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One keep-alive HTTP/1.1 connection to a server on 127.0.0.1, blocking, for benchmark clients that each
/// run on their own thread (no event loop between the client and the measured server). Reads
/// `Content-Length` and chunked bodies.
final class HTTPConnection {
    struct Response {
        let status: Int
        let body: [UInt8]
    }

    enum Failure: Error {
        case connect(Int32)
        case closed
        case malformed(String)
    }

    private let socket: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.connect(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            close(socket)
            throw Failure.connect(code)
        }
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(socket) }

    /// Sends one request and reads its whole response.
    func send(_ method: String, _ path: String, json body: [UInt8]? = nil) throws -> Response {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if let body { head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n" }
        var bytes = Array((head + "\r\n").utf8)
        if let body { bytes += body }
        try write(bytes)
        return try readResponse()
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure.closed }
            sent += n
        }
    }

    private func readResponse() throws -> Response {
        let statusLine = try line()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure.malformed(statusLine) }
        var length: Int?
        var chunked = false
        while true {
            let header = try line()
            if header.isEmpty { break }
            let pair = header.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard pair.count == 2 else { continue }
            if pair[0] == "content-length" { length = Int(pair[1]) }
            if pair[0] == "transfer-encoding" && pair[1].contains("chunked") { chunked = true }
        }
        if chunked {
            var body: [UInt8] = []
            while true {
                guard let size = Int(try line().split(separator: ";").first ?? "", radix: 16) else { throw Failure.malformed("chunk size") }
                if size == 0 { _ = try line(); break }
                body += try take(size)
                _ = try line()
            }
            return Response(status: status, body: body)
        }
        return Response(status: status, body: try take(length ?? 0))
    }

    private func line() throws -> String {
        while true {
            if let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var stop = end
                if stop > start && buffer[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
                let text = String(decoding: buffer[start..<stop], as: UTF8.self)
                start = end + 1
                return text
            }
            try fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count - start < count { try fill() }
        defer { start += count }
        return Array(buffer[start..<start + count])
    }

    private func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress!, $0.count, 0) }
        guard n > 0 else { throw Failure.closed }
        buffer += chunk[0..<n]
    }
}
