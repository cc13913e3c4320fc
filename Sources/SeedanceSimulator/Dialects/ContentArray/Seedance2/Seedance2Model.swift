/// What one Seedance 2.x model accepts in a content-array create, as the simulator reads the providers' documents:
/// the official Ark "Create a video generation task" pages (https://docs.byteplus.com/en/docs/ModelArk/1520757,
/// https://www.volcengine.com/docs/82379/1520757), the BytePlus 2.0 tutorial
/// (https://docs.byteplus.com/en/docs/ModelArk/2291680), and for what those pages do not cover (2.5 draft, 2.5
/// Premium and its 4K, 2.5 flash) the BytePlus solutions-architect plug-in
/// (https://github.com/byteplus-sa/ComfyUI-BytePlus-ModelArk) and ComfyUI's nodes
/// (https://github.com/Comfy-Org/ComfyUI). docs/dialects/modelark.md and docs/dialects/sparkdance.md summarise them.
///
/// Where the documents are silent or unsure the simulator takes the strict reading, so a client that passes here
/// does not break on the real service (each choice is marked [STRICT] below and listed in the fixtures' READMEs).
struct Seedance2Model: Sendable, Hashable {
    /// The 2.x families, by their limits.
    enum Family: Sendable, Hashable {
        /// 2.0, 2.0 fast, 2.0 mini: 4–15 s, 9 / 3 / 3 references, no audio-only reference, no draft.
        case v2_0
        /// 2.5 and 2.5 Premium: 4–30 s, 30 / 10 / 10 references, audio-only allowed, draft → final, task types,
        /// `output_format`.
        case v2_5
        /// 2.5 flash (known from router docs only): 2.5's lengths and counts with 2.0's caution: 480p / 720p, no
        /// draft, no audio-only reference, no `output_format`, no task type, no `tools` [STRICT].
        case v2_5Flash
    }

    /// The model id as the request named it.
    var id: String
    var family: Family
    /// Accepted `resolution` values (lowercase; the request's value is compared case-insensitively).
    var resolutions: [String]
    /// The resolution a final made from a draft renders at, and the only one it accepts [STRICT]: 1080p on 2.5,
    /// 4k on 2.5 Premium (a Premium final at 1080p is refused with `InvalidResolutionParameter`).
    var finalResolution: String?

    /// The limits of the 2.x model `id`, recognised by name like the 1.x ids: an optional region prefix
    /// (`dreamina-` on BytePlus, `doubao-` on Volcengine), the family name, an optional date suffix
    /// (`dreamina-seedance-2-0-fast-260128`). `nil` for anything else.
    static func ark(_ id: String) -> Seedance2Model? {
        let name = id.lowercased()
        func named(_ family: String) -> Bool { name.contains("seedance-\(family)") }
        if named("2-5-premium") { return Seedance2Model(id: id, family: .v2_5, resolutions: ["480p", "720p", "1080p", "4k"], finalResolution: "4k") }
        if named("2-5-flash") { return Seedance2Model(id: id, family: .v2_5Flash, resolutions: ["480p", "720p"], finalResolution: nil) }
        if named("2-5") { return Seedance2Model(id: id, family: .v2_5, resolutions: ["480p", "720p", "1080p"], finalResolution: "1080p") }
        if named("2-0-fast") || named("2-0-mini") { return Seedance2Model(id: id, family: .v2_0, resolutions: ["480p", "720p"], finalResolution: nil) }
        if named("2-0") { return Seedance2Model(id: id, family: .v2_0, resolutions: ["480p", "720p", "1080p", "4k"], finalResolution: nil) }
        return nil
    }

    /// Vtrix's two 2.x models (https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v2-0 and `…-v2-0-fast`): the limits
    /// of Ark's 2.0 and 2.0 fast. `nil` for any other id.
    static func vtrix(_ id: String) -> Seedance2Model? {
        switch id {
        case "spark_dance_v2_0": Seedance2Model(id: id, family: .v2_0, resolutions: ["480p", "720p", "1080p", "4k"], finalResolution: nil)
        case "spark_dance_v2_0_fast": Seedance2Model(id: id, family: .v2_0, resolutions: ["480p", "720p"], finalResolution: nil)
        default: nil
        }
    }

    /// The longest output in seconds (`duration` is 4 … this, or -1).
    var longestDuration: Int64 { family == .v2_0 ? 15 : 30 }
    /// `duration` when the request leaves it out: 5 on 2.0, -1 (the model decides) on 2.5.
    var defaultDuration: Int64 { family == .v2_0 ? 5 : -1 }
    /// At most this many reference images, videos and audio clips.
    var referenceLimits: (images: Int, videos: Int, audio: Int) { family == .v2_0 ? (9, 3, 3) : (30, 10, 10) }
    /// Each reference video or audio clip lasts this long (seconds); all clips of one type together at most
    /// ``longestDuration``.
    var clipSeconds: ClosedRange<Double> { family == .v2_0 ? 2...15 : 2...30 }
    /// Whether reference audio alone (no reference image or video) is accepted: on 2.5 only.
    var allowsAudioOnlyReference: Bool { family == .v2_5 }
    /// Whether `draft: true` and `draft_task` items exist: 2.5 and 2.5 Premium.
    var allowsDraft: Bool { family == .v2_5 }
    /// Whether `output_format` (`mp4` | `mov`) is accepted.
    var allowsOutputFormat: Bool { family == .v2_5 }
    /// Whether `omni_reference_task_type` is accepted.
    var allowsTaskType: Bool { family == .v2_5 }
    /// Whether `tools` is accepted.
    var allowsTools: Bool { family != .v2_5Flash }
    /// Whether first-frame, first + last frame, edit and extend tasks take only `ratio: "adaptive"` (2.5 line).
    var framesForceAdaptiveRatio: Bool { family != .v2_0 }
    /// Whether the output pixel sizes are 2.5's (854 × 480 at 480p 16:9) rather than 2.0's (864 × 496).
    var usesNarrow480p: Bool { family != .v2_0 }

    /// Top-level fields the model refuses whatever their value, with the 400 Ark answers ("the specified parameter
    /// camera_fixed is not supported for model …"): `camera_fixed`, `frames` and `service_tier` everywhere (live
    /// probes saw any `service_tier` refused [STRICT]), `draft` where there is no draft mode, `output_format` and
    /// `omni_reference_task_type` outside 2.5 and 2.5 Premium, `tools` on 2.5 flash [STRICT].
    var refusedFields: [String] {
        var fields = ["camera_fixed", "frames", "service_tier"]
        if !allowsDraft { fields.append("draft") }
        if !allowsOutputFormat { fields.append("output_format") }
        if !allowsTaskType { fields.append("omni_reference_task_type") }
        if !allowsTools { fields.append("tools") }
        return fields
    }

    /// Accepted image formats (lowercase, as written in data URLs).
    static let imageFormats = ["jpeg", "png", "webp", "bmp", "tiff", "gif", "heic", "heif"]
    /// Accepted ratios.
    static let ratios = ["16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"]
    /// `omni_reference_task_type` values.
    static let taskTypes = ["auto", "reference", "edit", "extend"]
}
