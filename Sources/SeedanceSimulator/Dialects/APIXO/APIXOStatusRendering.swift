import Foundation
import SeedanceCore

/// The `data` object of APIXO's status answer and callback (docs/dialects/apixo.md):
///
/// | phase | `state` | extra fields |
/// |---|---|---|
/// | queued | `pending` | — |
/// | running | `processing` | — |
/// | succeeded | `success` | `resultJson` (a JSON string `{"resultUrls":[…]}`), `completeTime`, `costTime` |
/// | failed, expired, cancelled | `failed` | `failCode`, `failMsg`, `completeTime` |
///
/// `taskId` and `createTime` are always there; times are Unix milliseconds and `costTime` is `completeTime −
/// createTime` (as in the documented example: 1704067212500 − 1704067200000 = 12500).
enum APIXOStatusRendering {
    /// The model segment the task was created under (kept in its metadata).
    static func model(of task: SimulatedTask) -> String {
        task.metadata["model"]?.stringValue ?? task.model
    }

    static func data(for observation: TaskObservation) -> JSONValue {
        let created = milliseconds(observation.task.createdDate)
        var data: [String: JSONValue] = [
            "taskId": .string(observation.id), "state": .string(state(of: observation.phase)), "createTime": .integer(created),
        ]
        if let finished = observation.finishedAt {
            data["completeTime"] = .integer(milliseconds(finished))
        }
        switch observation.phase {
        case .succeeded:
            let links: JSONValue = ["resultUrls": .array(observation.videoURL.map { [.string($0.absoluteString)] } ?? [])]
            data["resultJson"] = .string(String(decoding: SimulatedResponse.encode(links), as: UTF8.self))
            data["costTime"] = .integer(observation.finishedAt.map { milliseconds($0) - created } ?? 0)
        case .failed(let reason):
            let (code, message) = failure(reason)
            data["failCode"] = .string(code)
            data["failMsg"] = .string(message)
        case .expired:
            data["failCode"] = "PROCESSING_TIMEOUT"
            data["failMsg"] = "Task processing timed out"
        case .cancelled:
            data["failCode"] = "TASK_CANCELLED"  // [INFERRED]: APIXO documents no cancellation
            data["failMsg"] = "Task was cancelled"
        case .queued, .running:
            break
        }
        return .object(data)
    }

    static func state(of phase: TaskPhase) -> String {
        switch phase {
        case .queued: "pending"
        case .running: "processing"
        case .succeeded: "success"
        case .failed, .expired, .cancelled: "failed"
        }
    }

    /// The documented fail codes: moderation → `CONTENT_VIOLATION` (message from the documented example), a random
    /// failure → `GENERATION_FAILED`, a planned one → its own code and message.
    static func failure(_ reason: FailureReason) -> (code: String, message: String) {
        switch reason {
        case .contentRejected: ("CONTENT_VIOLATION", "Content violates usage policy")
        case .generationFailed: ("GENERATION_FAILED", "Video generation failed")
        case .custom(let code, let message): (code, message)
        }
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
