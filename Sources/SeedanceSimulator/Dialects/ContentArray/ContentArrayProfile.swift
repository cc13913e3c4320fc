/// What one Seedance 1.x model family accepts in a content-array create, read from Vtrix's pages for 1.5 Pro and 1.0
/// Pro (1.0 Pro), and shared by the two content-array dialects (spark_dance and the official Ark API).
struct ContentArrayProfile: Sendable {
    /// The model name used in messages (`spark_dance_v1_5_pro`).
    var modelName: String
    /// Accepted `resolution` values.
    var resolutions: [String]
    /// `resolution` when the request leaves it out.
    var defaultResolution: String
    /// Accepted `ratio` values.
    var ratios: [String]
    /// `ratio` when the request leaves it out: text-to-video, and with a first frame.
    var defaultRatio: (textOnly: String, withImage: String)
    /// Accepted `duration` values besides `-1`.
    var durationRange: ClosedRange<Int64>
    /// Whether `duration: -1` (the model chooses) is accepted.
    var allowsAutoDuration: Bool
    /// Whether `frames` is accepted (25 + 4n in 29 … 289; it wins over `duration`).
    var allowsFrames: Bool
    /// Whether draft mode (`draft`, and `draft_task` items) exists.
    var allowsDraft: Bool
    /// Whether `generate_audio` means anything (elsewhere it is ignored, as third-party mirrors report).
    var supportsAudio: Bool
    /// Accepted image formats, lowercase, as written in data URLs.
    var imageFormats: [String]
    /// Accepted `content[].type` values.
    var contentTypes: Set<String>
    /// `duration` when the request leaves it (and `frames`) out.
    var defaultDuration: Int64 = 5
    /// The Seedance 2.x model, whose creates follow the 2.x rules (``Seedance2Reader``); `nil` for 1.x and unknown
    /// models.
    var seedance2: Seedance2Model? = nil

    static let allRatios = ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"]
    static let baseFormats = ["jpeg", "png", "webp", "bmp", "tiff", "gif"]

    /// Vtrix's 1.5 Pro page. The parameter list offers 480p, 720p and 1080p although error 003015004 reads "must be
    /// 480p or 720p": the simulator follows the parameter list (the documented options) and accepts 1080p.
    static func seedance15Pro(_ name: String) -> ContentArrayProfile {
        ContentArrayProfile(
            modelName: name, resolutions: ["480p", "720p", "1080p"], defaultResolution: "720p", ratios: allRatios,
            defaultRatio: ("adaptive", "adaptive"), durationRange: 4...12, allowsAutoDuration: true, allowsFrames: false,
            allowsDraft: true, supportsAudio: true, imageFormats: baseFormats + ["heic", "heif"],
            contentTypes: ["text", "image_url", "draft_task"])
    }

    /// Vtrix's 1.0 Pro page (also used for the 1.0 siblings: pro-fast, lite).
    static func seedance10Pro(_ name: String) -> ContentArrayProfile {
        ContentArrayProfile(
            modelName: name, resolutions: ["480p", "720p", "1080p"], defaultResolution: "1080p", ratios: allRatios,
            defaultRatio: ("16:9", "adaptive"), durationRange: 2...12, allowsAutoDuration: false, allowsFrames: true,
            allowsDraft: false, supportsAudio: false, imageFormats: baseFormats, contentTypes: ["text", "image_url"])
    }

    /// A model the documents do not describe (an Ark endpoint id `ep-…`, a newer model): only the generic rules of
    /// the content array apply, with the union of the known limits.
    static func unknownModel(_ name: String) -> ContentArrayProfile {
        ContentArrayProfile(
            modelName: name, resolutions: ["480p", "720p", "1080p"], defaultResolution: "720p", ratios: allRatios,
            defaultRatio: ("16:9", "adaptive"), durationRange: 2...12, allowsAutoDuration: true, allowsFrames: true,
            allowsDraft: true, supportsAudio: true, imageFormats: baseFormats + ["heic", "heif"],
            contentTypes: ["text", "image_url", "draft_task", "video_url", "audio_url"])
    }

    /// A Seedance 2.x model: its limits, and the 2.x rules for everything else.
    static func seedance2(_ model: Seedance2Model) -> ContentArrayProfile {
        ContentArrayProfile(
            modelName: model.id, resolutions: model.resolutions, defaultResolution: "720p", ratios: Seedance2Model.ratios,
            defaultRatio: ("adaptive", "adaptive"), durationRange: 4...model.longestDuration, allowsAutoDuration: true, allowsFrames: false,
            allowsDraft: model.allowsDraft, supportsAudio: true, imageFormats: Seedance2Model.imageFormats,
            contentTypes: ["text", "image_url", "video_url", "audio_url", "draft_task"], defaultDuration: model.defaultDuration,
            seedance2: model)
    }
}
