import Foundation
import SeedanceCore

/// Reads the `data` of a status envelope (docs/dialects/apixo.md) into a ``TaskSnapshot``:
/// `state` pending → queued, processing → running, success → succeeded, failed → failed, anything else
/// `.unknown(raw)`; `resultJson` (a JSON string) decoded a second time for `resultUrls[0]`; `failCode` / `failMsg`;
/// `createTime` / `completeTime` in milliseconds. `costTime` stays in ``TaskSnapshot/raw`` (see
/// ``APIXO/processingTime(of:)``).
struct APIXOStatusParser {
    var provider: ProviderID
    var model: ModelID

    /// The snapshot. `fallbackID` is used when `data.taskId` is absent; without either, throws `.decoding`.
    func snapshot(from envelope: CodeMessageEnvelope, fallbackID: TaskID?) throws -> TaskSnapshot {
        let data = try envelope.decodeData(StatusData.self, provider: provider, what: "task status", taskID: fallbackID)
        guard let id = data.taskId?.value.nonEmpty.map(TaskID.init(rawValue:)) ?? fallbackID else {
            throw SeedanceError(category: .decoding, provider: provider, message: "the task status has no data.taskId", bodyExcerpt: excerpt(envelope))
        }
        let rawState = data.state?.value ?? ""
        var snapshot = TaskSnapshot(
            id: id, status: Self.status(for: rawState), rawStatus: rawState, model: model,
            createdAt: LenientTimestamp.parse(data.createTime, unit: .milliseconds),
            completedAt: LenientTimestamp.parse(data.completeTime, unit: .milliseconds), raw: envelope.body)
        if let result = data.resultJson, !result.isNull, result.stringValue?.trimmingCharacters(in: .whitespaces).isEmpty != true {
            snapshot.videoURL = try videoURL(in: result, id: fallbackID ?? id, envelope: envelope)
        }
        let code = data.failCode?.value.nonEmpty.map(ProviderCode.init(rawValue:))
        if snapshot.status == .failed || (snapshot.status != .succeeded && code != nil) {
            snapshot.failure = TaskFailure(
                category: APIXOFailCode.taskFailureCategory(for: code), code: code,
                message: data.failMsg?.value.nonEmpty ?? code?.rawValue ?? "the task failed without a reason")
        }
        return snapshot
    }

    /// The neutral status for APIXO's `state` (compared case-insensitively).
    static func status(for state: String) -> TaskStatus {
        switch state.lowercased() {
        case "pending": .queued
        case "processing": .running
        case "success": .succeeded
        case "failed": .failed
        default: .unknown(state)
        }
    }

    private func videoURL(in result: JSONValue, id: TaskID, envelope: CodeMessageEnvelope) throws -> URL? {
        do {
            let body = try JSONEncoder().encode(["resultJson": result])
            let urls = try JSONInput.decode(ResultHolder.self, from: body).resultJson.value.resultUrls ?? []
            return urls.first.flatMap(URL.init(string:))
        } catch {
            throw SeedanceError(
                category: .decoding, provider: provider, message: "could not read data.resultJson: \(DecodingErrorDescription.describe(error))",
                taskID: id, bodyExcerpt: excerpt(envelope))
        }
    }

    private func excerpt(_ envelope: CodeMessageEnvelope) -> String? {
        envelope.body.flatMap { try? JSONEncoder().encode($0) }.flatMap { Redaction.excerpt(of: $0) }
    }
}

/// The status `data` members, each lenient about its JSON type.
private struct StatusData: Decodable {
    var taskId: LenientString?
    var state: LenientString?
    var resultJson: JSONValue?
    var failCode: LenientString?
    var failMsg: LenientString?
    var createTime: JSONValue?
    var completeTime: JSONValue?
}

/// `resultJson`, a JSON string (or object) holding `resultUrls`.
private struct ResultHolder: Decodable {
    struct Result: Decodable, Sendable { var resultUrls: [String]? }
    var resultJson: EmbeddedJSON<Result>
}

extension APIXO {
    /// How long APIXO spent on a finished task (`data.costTime`, milliseconds), read from the snapshot's raw answer;
    /// `nil` when not reported.
    public static func processingTime(of snapshot: TaskSnapshot) -> Duration? {
        guard let millis = snapshot.raw?["data"]?["costTime"]?.integerValue, millis >= 0 else { return nil }
        return .milliseconds(millis)
    }
}

extension String {
    /// `nil` for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
