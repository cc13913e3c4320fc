import Foundation
import SeedanceCore

/// The parameter set of the upstream Seedance 1.x and 2.x task API, spelled as on the wire (docs/dialects/sparkdance.md,
/// docs/dialects/modelark.md).
///
/// The official Ark API sends these at the top level of the body; Vtrix wraps them in `input[0].params`. Every
/// property is optional and an unset one is omitted from ``jsonObject``, so the provider's default applies.
package struct ContentArrayParameters: Sendable, Hashable {
    /// `content`: text, images with roles, or a draft task.
    package var content: [ContentItem]
    /// `callback_url`.
    package var callbackURL: URL?
    /// `return_last_frame`.
    package var returnLastFrame: Bool?
    /// `service_tier`: `default` or `flex`.
    package var serviceTier: ServiceTier?
    /// `execution_expires_after`, in seconds.
    package var executionExpiresAfter: Int?
    /// `generate_audio` (Seedance 1.5 Pro).
    package var generateAudio: Bool?
    /// `draft` (Seedance 1.5 Pro).
    package var draft: Bool?
    /// `camera_fixed`.
    package var cameraFixed: Bool?
    /// `watermark`.
    package var watermark: Bool?
    /// `seed`; `-1` asks for a random one.
    package var seed: Int64?
    /// `resolution`.
    package var resolution: Resolution?
    /// `ratio`, including `adaptive`.
    package var ratio: AspectRatio?
    /// `duration` in whole seconds; `-1` lets the model choose (Seedance 1.5 Pro).
    package var duration: Int?
    /// `frames`: an exact frame count, `25 + 4n` (Seedance 1.0).
    package var frames: Int?
    /// `priority`, 0–9 (Seedance 2.x).
    package var priority: Int?
    /// `safety_identifier` (Seedance 2.x).
    package var safetyIdentifier: String?
    /// `tools: [{"type": "web_search"}]` when `true` (Seedance 2.x); nothing is sent otherwise.
    package var webSearch: Bool?
    /// `omni_reference_task_type` (Seedance 2.5).
    package var taskType: ReferenceTaskType?
    /// `output_format`: `mp4` or `mov` (Seedance 2.5).
    package var outputFormat: MediaFormat?

    /// Builds a parameter set; everything not given is omitted.
    package init(
        content: [ContentItem], callbackURL: URL? = nil, returnLastFrame: Bool? = nil, serviceTier: ServiceTier? = nil,
        executionExpiresAfter: Int? = nil, generateAudio: Bool? = nil, draft: Bool? = nil, cameraFixed: Bool? = nil,
        watermark: Bool? = nil, seed: Int64? = nil, resolution: Resolution? = nil, ratio: AspectRatio? = nil,
        duration: Int? = nil, frames: Int? = nil, priority: Int? = nil, safetyIdentifier: String? = nil, webSearch: Bool? = nil,
        taskType: ReferenceTaskType? = nil, outputFormat: MediaFormat? = nil
    ) {
        self.content = content
        self.callbackURL = callbackURL
        self.returnLastFrame = returnLastFrame
        self.serviceTier = serviceTier
        self.executionExpiresAfter = executionExpiresAfter
        self.generateAudio = generateAudio
        self.draft = draft
        self.cameraFixed = cameraFixed
        self.watermark = watermark
        self.seed = seed
        self.resolution = resolution
        self.ratio = ratio
        self.duration = duration
        self.frames = frames
        self.priority = priority
        self.safetyIdentifier = safetyIdentifier
        self.webSearch = webSearch
        self.taskType = taskType
        self.outputFormat = outputFormat
    }

    /// Every wire key this parameter set can hold. ``VideoRequest/extraFields`` may not use them (the typed
    /// property must be used, so that validation applies).
    package static let wireKeys: Set<String> = [
        "content", "callback_url", "return_last_frame", "service_tier", "execution_expires_after", "generate_audio",
        "draft", "camera_fixed", "watermark", "seed", "resolution", "ratio", "duration", "frames", "priority", "safety_identifier",
        "tools", "omni_reference_task_type", "output_format",
    ]

    /// The parameters as JSON members, unset ones omitted (never `null`).
    package var jsonObject: [String: JSONValue] {
        var members: [String: JSONValue] = ["content": .array(content.map(\.jsonValue))]
        func put(_ key: String, _ value: JSONValue?) { if let value { members[key] = value } }
        put("callback_url", callbackURL.map { .string($0.absoluteString) })
        put("return_last_frame", returnLastFrame.map(JSONValue.bool))
        put("service_tier", serviceTier.map { .string($0.rawValue) })
        put("execution_expires_after", executionExpiresAfter.map { .integer(Int64($0)) })
        put("generate_audio", generateAudio.map(JSONValue.bool))
        put("draft", draft.map(JSONValue.bool))
        put("camera_fixed", cameraFixed.map(JSONValue.bool))
        put("watermark", watermark.map(JSONValue.bool))
        put("seed", seed.map(JSONValue.integer))
        put("resolution", resolution.map { .string($0.rawValue) })
        put("ratio", ratio.map { .string($0.rawValue) })
        put("duration", duration.map { .integer(Int64($0)) })
        put("frames", frames.map { .integer(Int64($0)) })
        put("priority", priority.map { .integer(Int64($0)) })
        put("safety_identifier", safetyIdentifier.map(JSONValue.string))
        if webSearch == true { members["tools"] = [["type": "web_search"]] }
        put("omni_reference_task_type", taskType.map { .string($0.rawValue) })
        put("output_format", outputFormat.map { .string($0.rawValue) })
        return members
    }
}
