import Dispatch
import Synchronization

/// Decodes segment components on the global concurrent queue while the file is still being read, then
/// hands back each segment's parts (or the first error) once every component is done.
final class SegmentDecoder: Sendable {
    private let group = DispatchGroup()
    private let parts = Mutex<[[SegmentComponent: SegmentPart]]>([])
    private let failure = Mutex<SnapshotError?>(nil)

    /// Opens the next segment; components given to `decode` belong to it until the next call.
    func beginSegment() { parts.withLock { $0.append([:]) } }

    var segmentCount: Int { parts.withLock { $0.count } }

    /// Starts decoding `component` of the latest segment from `payload`, read from `offset`.
    func decode(_ component: SegmentComponent, payload: [UInt8], offset: Int, shape: SegmentShape) {
        let segment = segmentCount - 1
        DispatchQueue.global().async(group: group) { [self] in
            guard failure.withLock({ $0 == nil }) else { return }
            var reader = ByteReader(payload, offset: offset)
            do throws(SnapshotError) {
                let part = try component.decode(&reader, shape: shape)
                parts.withLock { $0[segment][component] = part }
            } catch {
                failure.withLock { if $0 == nil { $0 = SnapshotError("segment \(segment): \(error.message)") } }
            }
        }
    }

    /// Waits for every decoding started, then returns the parts of each segment in order.
    func finish() throws(SnapshotError) -> [[SegmentComponent: SegmentPart]] {
        group.wait()
        if let error = failure.withLock({ $0 }) { throw error }
        return parts.withLock { $0 }
    }
}
