import Foundation
import LoupeJSON

/// One reading of `GET /sync`'s `fullLoadProgress` and how `loupe reindex` shows it: a progress bar
/// redrawn in place on a terminal, or a plain line for logs and pipes.
struct ReindexProgress: Equatable {
    var rowsRead: Int
    var expectedRows: Int?
    var rowsPerSecond: Double
    var etaSeconds: Double?

    init?(_ json: JSONValue?) {
        guard let json, let rows = json["rowsRead"]?.numberValue?.int64Value else { return nil }
        rowsRead = Int(rows)
        expectedRows = json["expectedRows"]?.numberValue?.int64Value.map(Int.init)
        rowsPerSecond = json["rowsPerSecond"]?.numberValue?.doubleValue ?? 0
        etaSeconds = json["etaSeconds"]?.numberValue?.doubleValue
    }

    /// `1234 of 40000 rows read, 5123 rows/s, ETA 7 s` (the ETA is `?` until rows arrive).
    var plainLine: String {
        let total = expectedRows.map { " of \($0)" } ?? ""
        let eta = etaSeconds.map { String(format: "%.0f s", $0.rounded(.up)) } ?? "?"
        return String(format: "%d%@ rows read, %.0f rows/s, ETA %@", rowsRead, total, rowsPerSecond, eta)
    }

    /// `[##########··········]  50% ` followed by the plain line, for a terminal.
    var bar: String {
        let width = 30
        let fraction = expectedRows.map { $0 > 0 ? min(1, Double(rowsRead) / Double($0)) : 1 } ?? 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return String(format: "[%@] %3.0f%% ", bar, fraction * 100) + plainLine
    }
}
