import SeedanceCore

/// Vtrix's status vocabulary (docs/dialects/sparkdance.md): `queued` / `pending` → queued, `in_progress` / `processing`
/// → running, `completed` → succeeded, `failed` → failed (case-insensitive); anything else is kept as
/// `.unknown(raw)`, which is never terminal.
enum SparkDanceStatus {
    static func neutral(_ raw: String) -> TaskStatus {
        switch raw.lowercased() {
        case "queued", "pending": .queued
        case "in_progress", "processing": .running
        case "completed": .succeeded
        case "failed": .failed
        default: .unknown(raw)
        }
    }
}
