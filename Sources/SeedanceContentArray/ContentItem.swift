import SeedanceCore

/// One element of the upstream Seedance `content` array, shared by the official Ark API and every reseller that
/// copies it (Vtrix's spark_dance models).
///
/// Wire forms (docs/dialects/sparkdance.md, docs/dialects/modelark.md):
/// `{"type": "text", "text": "…"}`,
/// `{"type": "image_url", "image_url": {"url": "…"}, "role": "first_frame"}`,
/// `{"type": "video_url", "video_url": {"url": "…"}, "role": "reference_video"}` (Seedance 2.x),
/// `{"type": "audio_url", "audio_url": {"url": "…"}, "role": "reference_audio"}` (Seedance 2.x),
/// `{"type": "draft_task", "draft_task": {"id": "…"}}`.
package enum ContentItem: Sendable, Hashable {
    /// The text prompt.
    case text(String)
    /// An image, by URL or `data:image/<lowercase format>;base64,…`, with its role (omitted when `nil`).
    case image(url: String, role: ContentImageRole?)
    /// A reference video by URL or `asset://…` (never inline), role `reference_video`.
    case video(url: String)
    /// A reference audio clip by URL, `data:audio/<format>;base64,…` or `asset://…`, role `reference_audio`.
    case audio(url: String)
    /// An earlier draft task whose inputs the provider reuses to render the final video (Seedance 1.5 Pro, 2.5).
    case draftTask(id: TaskID)

    /// The item as the JSON object sent on the wire.
    package var jsonValue: JSONValue {
        switch self {
        case .text(let text):
            return ["type": "text", "text": .string(text)]
        case .image(let url, let role):
            var members: [String: JSONValue] = ["type": "image_url", "image_url": ["url": .string(url)]]
            if let role { members["role"] = .string(role.rawValue) }
            return .object(members)
        case .video(let url):
            return ["type": "video_url", "video_url": ["url": .string(url)], "role": "reference_video"]
        case .audio(let url):
            return ["type": "audio_url", "audio_url": ["url": .string(url)], "role": "reference_audio"]
        case .draftTask(let id):
            return ["type": "draft_task", "draft_task": ["id": .string(id.rawValue)]]
        }
    }
}

/// The role of an image in the content array: `first_frame`, `last_frame`, or `reference_image` (Seedance 2.x
/// multimodal reference mode). The official API also knows `mask`, which this SDK does not send.
package struct ContentImageRole: OpenStringValue {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    /// The video starts on this image.
    package static let firstFrame: ContentImageRole = "first_frame"
    /// The video ends on this image.
    package static let lastFrame: ContentImageRole = "last_frame"
    /// A reference image ("Image 1" … in the prompt).
    package static let referenceImage: ContentImageRole = "reference_image"
}
