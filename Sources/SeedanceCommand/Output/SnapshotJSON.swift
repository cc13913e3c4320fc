import Foundation
import Seedance

/// Machine-readable output (`--json`): one JSON object per command, keys sorted.
enum CommandJSON {
    /// A task snapshot as JSON.
    static func snapshot(_ snapshot: TaskSnapshot) -> JSONValue {
        var object: [String: JSONValue] = [
            "task_id": .string(snapshot.id.rawValue),
            "status": .string(snapshot.status.isTerminal ? snapshot.status.description : statusText(snapshot.status)),
            "raw_status": .string(snapshot.rawStatus),
        ]
        if let progress = snapshot.progress { object["progress"] = .double(progress) }
        if let url = snapshot.videoURL { object["video_url"] = .string(url.absoluteString) }
        if let url = snapshot.lastFrameURL { object["last_frame_url"] = .string(url.absoluteString) }
        if let duration = snapshot.duration { object["duration"] = .double(duration) }
        if let failure = snapshot.failure {
            object["failure"] = .object([
                "category": .string(failure.category.name), "message": .string(failure.message),
                "code": failure.code.map { .string($0.rawValue) } ?? .null,
            ])
        }
        if let credits = snapshot.usage?.credits { object["credits"] = .integer(Int64(credits)) }
        if let cost = snapshot.usage?.cost { object["cost"] = .string(cost) }
        if let tokens = snapshot.usage?.completionTokens { object["completion_tokens"] = .integer(Int64(tokens)) }
        return .object(object)
    }

    /// An error as JSON.
    static func error(_ error: SeedanceError, exitCode: ExitCode) -> JSONValue {
        var object: [String: JSONValue] = [
            "error": .string(error.category.name), "message": .string(Redaction.scrub(error.message)),
            "exit_code": .integer(Int64(exitCode.rawValue)),
        ]
        if let provider = error.provider { object["provider"] = .string(provider.rawValue) }
        if let id = error.taskID { object["task_id"] = .string(id.rawValue) }
        if let field = error.field { object["field"] = .string(field) }
        if let allowed = error.allowed { object["allowed"] = .string(allowed) }
        if let code = error.providerCode { object["code"] = .string(code.rawValue) }
        return .object(object)
    }

    /// Renders `value` on one line.
    static func render(_ value: JSONValue) -> String {
        (try? String(decoding: JSONBody.encode(value), as: UTF8.self)) ?? "{}"
    }

    private static func statusText(_ status: TaskStatus) -> String {
        if case .unknown(let raw) = status { return raw }
        return status.description
    }
}
