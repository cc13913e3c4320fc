import SeedanceCore

/// The official status vocabulary (docs/dialects/modelark.md): `queued`, `running`, `succeeded`, `failed`, `cancelled`,
/// `expired`, matched case-insensitively; anything else is kept as `.unknown(raw)`, never terminal.
enum ModelArkStatus {
    static func neutral(_ raw: String) -> TaskStatus {
        switch raw.lowercased() {
        case "queued": .queued
        case "running": .running
        case "succeeded": .succeeded
        case "failed": .failed
        case "cancelled": .cancelled
        case "expired": .expired
        default: .unknown(raw)
        }
    }

    /// The wire spelling of a neutral status, for `filter.status`.
    static func wire(_ status: TaskStatus) -> String {
        switch status {
        case .unknown(let raw): raw
        default: status.description
        }
    }
}
