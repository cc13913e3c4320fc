import Foundation
import SeedanceCore

/// Checks a Seedance 2.0 create of the flat-body dialect (`POST /v3/async/seedance-2.0`; JieKou's Seedance 2.0 page
/// https://docs.jiekou.ai, Novita's and PPIO's references) and keeps what the task needs. No `model`: `fast: true`
/// selects 2.0 fast. Fields: `prompt`, `image` (first frame) and `last_image`, `reference_images` (1–9, URL or
/// `data:image/…`), `reference_videos` (1–3, http(s) URLs only), `reference_audios` (1–3, URL or
/// `data:audio/…`: "每项为音频 URL 或 Base64 编码"), `ratio`, `duration` (4–15
/// or -1), `resolution` (per host, ``SimulatedJieKou/Host/seedance2Resolutions``; 2.0 fast 480p / 720p), `seed`,
/// `watermark` (−1 … 2³²−1, as the page gives it), `generate_audio`, `return_last_frame`, `web_search`.
///
/// As strict as the 1.5 Pro endpoint: unknown fields (`model`, `service_tier`, `camera_fixed` …) and `null` values
/// are refused. Where the pages are silent the upstream Seedance 2.0 rules apply [STRICT]: frames and reference
/// arrays never mix, reference audio needs a reference image or video, an empty reference array is refused,
/// reference videos are http(s) URLs (no data URL), no `asset://` anywhere (no page documents assets), and
/// reference media the simulator hosts are inspected (``Seedance2MediaCheck``).
struct JieKouSeedance2Validation {
    let host: SimulatedJieKou.Host
    let hosted: HostedMedia

    static let fields: Set<String> = [
        "prompt", "fast", "image", "last_image", "reference_images", "reference_videos", "reference_audios", "ratio", "duration",
        "resolution", "seed", "watermark", "generate_audio", "return_last_frame", "web_search",
    ]
    static let inlineFields: Set<String> = ["image", "last_image", "reference_images", "reference_audios"]

    /// What a valid body yields.
    struct Accepted {
        var model: SimulatedSeedance2Model
        var prompt: String?
        var echo: TaskEcho
        var returnLastFrame: Bool
        var keptParameters: JSONValue
    }

    func validate(_ object: [String: JSONValue]) throws -> Accepted {
        if let unknown = object.keys.sorted().first(where: { !Self.fields.contains($0) }) {
            throw SimulatedError.invalidParameter(unknown, "\(unknown): unknown field for seedance-2.0")
        }
        if let null = object.keys.sorted().first(where: { object[$0] == .null }) {
            throw SimulatedError.invalidParameter(null, "\(null): must not be null (omit the field to use its default)")
        }
        let fields = JSONFields(object)
        let fast = try fields.bool("fast") ?? false
        let resolutions = fast ? ["480p", "720p"] : host.seedance2Resolutions
        let model = SimulatedSeedance2Model(id: fast ? "seedance-2.0-fast" : "seedance-2.0", family: .v2_0, resolutions: resolutions, finalResolution: nil)
        let media = Seedance2MediaCheck(model: model, hosted: hosted, codebook: Self.codebook)
        let prompt = try fields.string("prompt")
        let image = try fields.string("image")
        let lastImage = try fields.string("last_image")
        if lastImage != nil, image == nil { throw SimulatedError.invalidParameter("last_image", "last_image: needs image (the first frame)") }
        for (field, url) in [("image", image), ("last_image", lastImage)] {
            if let url { try media.checkImage(try Self.notAsset(url, field: field), field: field) }
        }
        var references = ContentArrayReferences()
        references.images = try Self.urls(fields, "reference_images") { try media.checkImage(try Self.notAsset($0, field: $1), field: $1) }
        references.videos = try Self.urls(fields, "reference_videos") { try media.checkVideoURL(try Self.webOnly($0, field: $1), field: $1) }
        references.audio = try Self.urls(fields, "reference_audios") { try media.checkAudioURL(try Self.notAsset($0, field: $1), field: $1) }
        if image != nil, !references.isEmpty {
            throw SimulatedError.invalidParameter(
                "image", "image: first/last frame content cannot be mixed with reference_images, reference_videos or reference_audios")
        }
        if !references.isEmpty {
            try media.checkCounts(references, fields: ("reference_images", "reference_videos", "reference_audios"))
        } else if image == nil, (prompt ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw SimulatedError.invalidParameter("prompt", "prompt: is required for text-to-video")
        }
        let ratio = try fields.string("ratio", allowed: SimulatedSeedance2Model.ratios)
        let resolution = try fields.string("resolution", allowed: resolutions)
        let duration = try fields.integer("duration") ?? 5
        guard duration == -1 || (4...15).contains(duration) else {
            throw SimulatedError.invalidParameter("duration", "duration: must be -1 or between 4 and 15; got \(duration)")
        }
        let seed = try fields.integer("seed", in: -1...4_294_967_295)
        _ = try fields.bool("watermark")
        _ = try fields.bool("web_search")
        let audio = try fields.bool("generate_audio")
        let lastFrame = try fields.bool("return_last_frame") ?? false

        var kept = object
        for field in Self.inlineFields where kept[field] != nil { kept[field] = .string("(\(field) given)") }
        let echo = TaskEcho(
            duration: Int(duration), resolution: resolution ?? "720p", ratio: ratio ?? "adaptive", seed: seed ?? -1,
            generateAudio: audio ?? true, framesPerSecond: 24)
        return Accepted(model: model, prompt: prompt, echo: echo, returnLastFrame: lastFrame, keptParameters: .object(kept))
    }

    /// Every refusal is `INVALID_REQUEST_BODY`.
    static let codebook: ContentArrayCodebook = { _ in "INVALID_REQUEST_BODY" }

    /// The strings of the array `field` (absent: none), each checked with `check(url, "field[i]")`. An empty array
    /// or a non-string item is refused.
    static func urls(_ fields: JSONFields, _ field: String, check: (String, String) throws -> Void) throws -> [String] {
        guard let items = try fields.array(field) else { return [] }
        guard !items.isEmpty else { throw SimulatedError.invalidParameter(field, "\(field): must hold at least one URL when given") }
        return try items.enumerated().map { index, item in
            guard let url = item.stringValue, !url.isEmpty else {
                throw SimulatedError.invalidParameter(field, "\(field)[\(index)]: must be a non-empty string")
            }
            try check(url, "\(field)[\(index)]")
            return url
        }
    }

    private static func notAsset(_ url: String, field: String) throws -> String {
        guard !url.lowercased().hasPrefix("asset://") else {
            throw SimulatedError.invalidParameter(field, "\(field): asset:// ids are not accepted here; pass a URL or a data URL")
        }
        return url
    }

    private static func webOnly(_ url: String, field: String) throws -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw SimulatedError.invalidParameter(field, "\(field): must be an http(s) URL")
        }
        return url
    }
}
