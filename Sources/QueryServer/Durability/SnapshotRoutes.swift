import Hummingbird
import Indexer
import LoupeJSON

/// `POST /snapshots` (Meilisearch's route): writes a snapshot of the data directory now and answers 202
/// with a `snapshotCreation` task, which is `succeeded` once the file is durable (or `failed`).
struct SnapshotRoutes {
    let state: ServerState
    let durability: Durability

    func register(on router: Router<LoupeContext>) {
        router.post("/snapshots") { request, _ in
            try state.authorize(request, .snapshotsCreate)
            let outcome: Result<UInt64?, APIError>
            do throws(SnapshotError) {
                outcome = .success(try await durability.snapshot(of: state))
            } catch {
                outcome = .failure(APIError(code: "io_error", message: "The snapshot could not be written: \(error.message)"))
            }
            let record = await state.tasks.submit(.snapshotCreation, indexUid: nil) { details throws(APIError) in
                let lsn = try outcome.get()
                details["lsn"] = lsn.map { .int(Int($0)) } ?? .null
            }
            return Response.json(record.summary, status: .accepted)
        }
    }
}
