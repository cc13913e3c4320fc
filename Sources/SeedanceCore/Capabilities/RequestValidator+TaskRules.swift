import Foundation

/// The Seedance 2.x request rules that span fields, driven by ``ModelCapabilities``:
///
/// - ``VideoRequest/taskType`` is one of ``ModelCapabilities/taskTypes``; `edit` and `extend` need a reference video
///   and take only the `adaptive` ratio (or none); `edit` takes no length but `auto` (it follows the source video);
/// - where ``ModelCapabilities/adaptiveRatioOnlyForSourceMedia``, a first frame (with or without a last frame) takes
///   only the `adaptive` ratio (or none);
/// - ``VideoRequest/outputFormat`` is one of ``ModelCapabilities/outputFormats``; ``VideoRequest/priority`` lies in
///   ``ModelCapabilities/priorityRange``; ``VideoRequest/safetyIdentifier`` is not blank and at most
///   ``ModelCapabilities/safetyIdentifierMaxLength`` characters;
/// - the prompt and the inline media, base64-encoded, fit ``ModelCapabilities/maxRequestBytes``.
extension RequestValidator {
    /// The task-type, ratio, output-format, priority and safety-identifier rules.
    func checkTaskRules(_ request: VideoRequest) throws {
        if let taskType = request.taskType {
            try check(model.taskTypes.contains(taskType), "taskType", taskType.rawValue, list(model.taskTypes.map(\.rawValue)))
            if taskType == .edit || taskType == .extend { try checkSourceVideoTask(taskType, request) }
        }
        if model.adaptiveRatioOnlyForSourceMedia, request.firstFrame != nil, let ratio = request.aspectRatio {
            let frames = request.lastFrame == nil ? "a first frame" : "first and last frames"
            try check(
                ratio == .adaptive, "aspectRatio", ratio.rawValue, "adaptive or unset",
                reason: "is not allowed with \(frames) on this model (the video keeps the first image's ratio)")
        }
        if let format = request.outputFormat {
            try check(model.outputFormats.contains(format), "outputFormat", format.rawValue, list(model.outputFormats.map(\.rawValue)))
        }
        if let priority = request.priority {
            let range = model.priorityRange
            try check(range.contains(priority), "priority", String(priority), "\(range.lowerBound)…\(range.upperBound)")
        }
        if let identifier = request.safetyIdentifier {
            let allowed = "1…\(model.safetyIdentifierMaxLength) characters (a stable, hashed id of your end user)"
            try check(
                !identifier.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "safetyIdentifier", "\"\(identifier)\"", allowed, reason: "is blank")
            try check(identifier.count <= model.safetyIdentifierMaxLength, "safetyIdentifier", "of \(identifier.count) characters", allowed)
        }
    }

    /// Checks that the prompt and the inline media, base64-encoded as they travel, fit the model's body limit.
    func checkRequestBytes(_ request: VideoRequest) throws {
        guard let limit = model.maxRequestBytes else { return }
        let media = [request.firstFrame, request.lastFrame].compactMap { $0 } + request.referenceImages + request.referenceVideos + request.referenceAudios
        let total = media.reduce(request.prompt?.utf8.count ?? 0) { $0 + Self.inlineBytes($1) }
        try check(
            total <= limit, "request", "of about \(total) bytes (prompt and inline media, base64-encoded)",
            "at most \(limit) bytes in one request: pass large media as URLs or assets", reason: "is too large")
    }

    /// `edit` and `extend` work on a source video: one is required, the ratio follows it, and an edit's length too.
    private func checkSourceVideoTask(_ taskType: ReferenceTaskType, _ request: VideoRequest) throws {
        let name = taskType.rawValue
        try check(
            !request.referenceVideos.isEmpty, RequestField.referenceVideos.rawValue, nil, "at least one reference video (the video to \(name))",
            reason: "is required for taskType \(name)")
        if taskType == .edit, let duration = request.duration, duration != .auto {
            try check(
                false, "duration", duration.description, "auto or unset",
                reason: "is not allowed for taskType edit: edit follows the source video's length")
        }
        if let ratio = request.aspectRatio {
            try check(
                ratio == .adaptive, "aspectRatio", ratio.rawValue, "adaptive or unset",
                reason: "is not allowed for taskType \(name): the video keeps the source video's ratio")
        }
    }

    /// The bytes `input` adds to a request body: its base64 data URL when inline, else nothing counted.
    private static func inlineBytes(_ input: MediaInput) -> Int {
        switch input {
        case .data(let data): dataURLPrefixBytes + Base64Encoding.encodedCount(data.count)
        case .url(let url) where url.scheme?.lowercased() == "data": url.absoluteString.utf8.count
        default: 0
        }
    }

    /// The longest `data:<type>/<format>;base64,` prefix the SDK writes (`data:image/jpeg;base64,`).
    private static let dataURLPrefixBytes = "data:image/jpeg;base64,".utf8.count
}
