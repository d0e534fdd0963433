#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes checksummed frames to a file: `[u32 length][u32 CRC-32C of payload][payload]`, little-endian.
/// Frames are buffered and written with `flush()`; `sync()` flushes and makes them durable (`fsync`).
/// The same framing carries log records and snapshot sections, so one reader checks both.
/// Not thread-safe: one thread at a time uses a writer (it may be handed from one thread to another).
public final class FrameFileWriter: @unchecked Sendable {
    public let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferLimit: Int
    /// Bytes written or buffered since the file was opened (the file's length for a new file).
    public private(set) var length: Int

    /// Opens `path` for appending frames; `truncate` starts it empty.
    public init(path: String, truncate: Bool, bufferLimit: Int = 1 << 20) throws(SnapshotError) {
        self.path = path
        self.bufferLimit = bufferLimit
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (truncate ? O_TRUNC : O_APPEND)
        descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw SnapshotError("cannot open \(path): \(Self.lastError())") }
        let end = lseek(descriptor, 0, SEEK_END)
        length = end < 0 ? 0 : Int(end)
        buffer.reserveCapacity(bufferLimit)
    }

    deinit { close(descriptor) }

    /// Frames `payload` into the buffer; writes the buffer out when it is full. A payload as large as the
    /// buffer is written straight from its own storage after the buffered frames.
    public func append(_ payload: [UInt8]) throws(SnapshotError) {
        length += Self.headerSize + payload.count
        guard payload.count >= bufferLimit else {
            Self.frame(payload, into: &buffer)
            if buffer.count >= bufferLimit { try flush() }
            return
        }
        buffer.append(contentsOf: Self.header(payload))
        try flush()
        if let failure = payload.withUnsafeBytes({ writeFully($0) }) { throw failure }
    }

    /// Appends already-framed bytes (see `frame(_:into:)`).
    public func appendFramed(_ bytes: [UInt8]) throws(SnapshotError) {
        buffer.append(contentsOf: bytes)
        length += bytes.count
        if buffer.count >= bufferLimit { try flush() }
    }

    public func flush() throws(SnapshotError) {
        if let failure = buffer.withUnsafeBytes({ writeFully($0) }) { throw failure }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`; the error, if the file refuses them.
    private func writeFully(_ bytes: UnsafeRawBufferPointer) -> SnapshotError? {
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return SnapshotError("cannot write \(path): \(Self.lastError())")
            }
            written += result
        }
        return nil
    }

    /// Flushes and waits until the bytes are on stable storage.
    public func sync() throws(SnapshotError) {
        try flush()
        guard fsync(descriptor) == 0 else { throw SnapshotError("cannot fsync \(path): \(Self.lastError())") }
    }

    public static let headerSize = 8
    /// Frames larger than this are refused on reading (a damaged length field must not allocate wildly).
    public static let maxPayload = 1 << 30

    /// Appends the framed form of `payload` to `output`.
    public static func frame(_ payload: [UInt8], into output: inout [UInt8]) {
        output.append(contentsOf: header(payload))
        output.append(contentsOf: payload)
    }

    /// The frame header of `payload`: its length and checksum.
    static func header(_ payload: [UInt8]) -> [UInt8] {
        let length = UInt32(payload.count), crc = CRC32C.checksum(payload)
        var header: [UInt8] = []
        header.reserveCapacity(headerSize)
        for shift in stride(from: 0, to: 32, by: 8) { header.append(UInt8(truncatingIfNeeded: length >> UInt32(shift))) }
        for shift in stride(from: 0, to: 32, by: 8) { header.append(UInt8(truncatingIfNeeded: crc >> UInt32(shift))) }
        return header
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// File-system helpers for durable renames and listings.
public enum DurableFiles {
    /// fsyncs a directory, so entries created or renamed in it survive a crash.
    public static func syncDirectory(_ path: String) throws(SnapshotError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SnapshotError("cannot open directory \(path): \(FrameFileWriter.lastError())") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw SnapshotError("cannot fsync directory \(path): \(FrameFileWriter.lastError())") }
    }

    /// Renames `from` to `to` atomically and makes the rename durable.
    public static func rename(_ from: String, to: String, directory: String) throws(SnapshotError) {
        guard posixRename(from, to) == 0 else { throw SnapshotError("cannot rename \(from): \(FrameFileWriter.lastError())") }
        try syncDirectory(directory)
    }

    /// Cuts a file to `length` bytes and syncs it.
    public static func truncate(_ path: String, to length: Int) throws(SnapshotError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SnapshotError("cannot open \(path): \(FrameFileWriter.lastError())") }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
            throw SnapshotError("cannot truncate \(path): \(FrameFileWriter.lastError())")
        }
    }
}

#if canImport(Glibc)
private func posixRename(_ from: String, _ to: String) -> Int32 { Glibc.rename(from, to) }
#else
private func posixRename(_ from: String, _ to: String) -> Int32 { Darwin.rename(from, to) }
#endif
