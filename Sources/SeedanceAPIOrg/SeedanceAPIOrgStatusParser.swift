import Foundation
import SeedanceCore

/// Reads the `data` of a status envelope (docs/dialects/seedanceapi.md) into a ``TaskSnapshot``: `status` IN_PROGRESS →
/// running, SUCCESS → succeeded, FAILED → failed, anything else `.unknown(raw)`; `response[0]` (or a lone URL string)
/// is the video; `consumed_credits` → ``Usage/credits``; `created_at` (ISO-8601); the `request` echo gives duration,
/// resolution and ratio; `error_message` explains a failure. v1 tasks are Seedance 1.5; a v2 task's model is read
/// from `data.model` or the `request` echo (`nil` when neither names it).
struct SeedanceAPIOrgStatusParser {
    var provider: ProviderID
    /// Whether the answer comes from the v2 API.
    var v2 = false

    /// The snapshot. `fallbackID` is used when `data.task_id` is absent; without either, throws `.decoding`.
    func snapshot(from envelope: CodeMessageEnvelope, fallbackID: TaskID?) throws -> TaskSnapshot {
        let data = try envelope.decodeData(StatusData.self, provider: provider, what: "task status", taskID: fallbackID)
        guard let id = (data.task_id ?? data.taskId).map({ TaskID(rawValue: $0.value) }).flatMap({ $0.rawValue.isEmpty ? nil : $0 }) ?? fallbackID else {
            throw SeedanceError(category: .decoding, provider: provider, message: "the task status has no data.task_id")
        }
        let rawStatus = data.status?.value ?? ""
        var snapshot = TaskSnapshot(
            id: id, status: Self.status(for: rawStatus), rawStatus: rawStatus,
            model: v2 ? (data.model?.value ?? data.request?["model"]?.stringValue).map(ModelID.init(rawValue:)) : .seedanceapiSeedance1_5,
            createdAt: LenientTimestamp.parse(data.created_at), raw: envelope.body)
        let results = data.response.map { $0.arrayValue ?? [$0] } ?? []
        snapshot.videoURL = results.lazy.compactMap(\.stringValue).compactMap(URL.init(string:)).first
        if let credits = data.consumed_credits?.value { snapshot.usage = Usage(credits: Int(clamping: credits)) }
        if let echo = data.request {
            snapshot.duration = echo["duration"]?.doubleValue
            snapshot.resolution = echo["resolution"]?.stringValue.map(Resolution.init(rawValue:))
            snapshot.aspectRatio = echo["aspect_ratio"]?.stringValue.map(AspectRatio.init(rawValue:))
        }
        let message = data.error_message?.value
        if snapshot.status == .failed || (snapshot.status != .succeeded && message.map { !$0.isEmpty } ?? false) {
            let code = message.flatMap { CodeMessageEnvelope.looksLikeCode($0) ? ProviderCode(rawValue: $0) : nil }
            snapshot.failure = TaskFailure(
                category: TaskFailure.category(forFailedTaskMeaning: code.flatMap(SeedanceAPIOrgErrorCode.category(for:))), code: code,
                message: message.flatMap { $0.isEmpty ? nil : $0 } ?? "the task failed without a reason")
        }
        return snapshot
    }

    /// The neutral status for seedanceapi.org's `status` (compared case-insensitively).
    static func status(for raw: String) -> TaskStatus {
        switch raw.uppercased() {
        case "IN_PROGRESS": .running
        case "SUCCESS": .succeeded
        case "FAILED": .failed
        default: .unknown(raw)
        }
    }
}

/// The status `data` members, each lenient about its JSON type.
private struct StatusData: Decodable {
    var task_id: LenientString?
    var taskId: LenientString?
    var status: LenientString?
    var model: LenientString?
    var consumed_credits: LenientInt?
    var created_at: JSONValue?
    var request: JSONValue?
    /// An array of URLs (documented), or a single URL string.
    var response: JSONValue?
    var error_message: LenientString?
}
