import Hummingbird
import LoupeJSON

/// `GET /tasks` (filtered, newest first, `{results, total, limit, from, next}`) and `GET /tasks/{uid}`.
struct TaskRoutes {
    let state: ServerState

    func register(on router: Router<LoupeContext>) {
        router.get("/tasks") { request, _ in
            try state.authorize(request, .tasksGet)
            let query = try TaskQuery(parameters: QueryString(request.uri.query).pairs)
            let listing = await state.tasks.list(query)
            return Response.json([
                "results": .array(listing.page.map(\.json)), "total": .int(listing.total), "limit": .int(query.limit),
                "from": listing.page.first.map { .int($0.uid) } ?? .null, "next": listing.next.map(JSONValue.int) ?? .null,
            ])
        }
        router.get("/tasks/{taskUid}") { request, context in
            try state.authorize(request, .tasksGet)
            let text = context.parameters.get("taskUid") ?? ""
            guard let uid = Int(text), uid >= 0 else {
                throw APIError(code: "invalid_task_uids", message: "Invalid value in parameter `taskUid`: could not parse `\(text)` as a positive integer")
            }
            guard let record = await state.tasks.task(uid) else { throw APIError.taskNotFound(text) }
            return Response.json(record.json)
        }
    }
}
