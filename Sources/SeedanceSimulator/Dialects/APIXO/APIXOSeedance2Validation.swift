import Foundation
import SeedanceCore

/// The create rules of APIXO's Seedance 2.0 models (https://apixo.ai/docs/models/video/seedance-2-0, `…-2-0-fast`,
/// `…-2-0-mini`): the same envelope as 1.5 Pro (``APIXOCreateValidation/envelope(_:)``), and in `input`:
///
/// - `mode` `text-to-video` | `first_and_last_frames` | `omni_reference`, `prompt` (3–2500 characters);
/// - `first_and_last_frames`: `image_urls` with 1–2 links (first frame, then last), nothing else;
/// - `omni_reference`: `image_urls` (≤ 9), `video_urls` (≤ 3), `audio_urls` (≤ 3), at least one image or video
///   (audio-only requests fail);
/// - `text-to-video`: no media;
/// - `resolution` 480p / 720p (and 1080p on `seedance-2-0`; no 4K), `duration` 4–15 (no -1), `aspect_ratio` auto,
///   16:9, 4:3, 1:1, 3:4, 9:16, 21:9, `sound` and `web_search` booleans.
///
/// Links only (http(s)), as for 1.5 Pro; media the simulator hosts are inspected (``Seedance2MediaCheck``); unknown
/// fields refused (``SimulatedAPIXO/rejectsUnknownFields``). Where the pages are silent [STRICT]: `sound` is optional
/// (default on), an empty media array is refused, and media arrays outside their mode are refused.
struct APIXOSeedance2Validation {
    static let modes = ["text-to-video", "first_and_last_frames", "omni_reference"]
    static let aspectRatios = ["auto", "16:9", "4:3", "1:1", "3:4", "9:16", "21:9"]
    static let inputFields: Set<String> = [
        "mode", "prompt", "image_urls", "video_urls", "audio_urls", "resolution", "duration", "aspect_ratio", "sound", "web_search",
    ]
    static let mediaFields = ["image_urls", "video_urls", "audio_urls"]

    let common: APIXOCreateValidation
    let model: Seedance2Model
    let hosted: HostedMedia

    /// The 2.0 model behind the path segment `id`, or `nil`.
    static func model(_ id: String) -> Seedance2Model? {
        switch id {
        case "seedance-2-0": Seedance2Model(id: id, family: .v2_0, resolutions: ["480p", "720p", "1080p"], finalResolution: nil)
        case "seedance-2-0-fast", "seedance-2-0-mini": Seedance2Model(id: id, family: .v2_0, resolutions: ["480p", "720p"], finalResolution: nil)
        default: nil
        }
    }

    /// The body `object` checked field by field.
    ///
    /// - Throws: ``SimulatedError/invalidParameter(_:_:code:status:)`` for the first field that breaks a rule.
    func validate(_ object: [String: JSONValue]) throws -> APIXOCreateBody {
        let (callbackURL, input) = try common.envelope(object)
        if common.rejectsUnknownFields { try input.rejectUnknown(Self.inputFields) }
        let mode = try common.required(input, "mode") { try input.string("mode", allowed: Self.modes) }
        let prompt = try common.required(input, "prompt") { try input.string("prompt") }
        guard APIXOCreateValidation.promptLength.contains(prompt.count) else {
            throw common.invalid("input.prompt", "input.prompt must be 3-2500 characters; got \(prompt.count)")
        }
        let codebook: ContentArrayCodebook = { _ in "invalid_request" }
        let media = Seedance2MediaCheck(model: model, hosted: hosted, codebook: codebook)
        var references = ContentArrayReferences()
        references.images = try links(input, "image_urls") { try media.checkImage($0, field: $1) }
        references.videos = try links(input, "video_urls") { try media.checkVideoURL($0, field: $1) }
        references.audio = try links(input, "audio_urls") { try media.checkAudioURL($0, field: $1) }
        switch mode {
        case "text-to-video":
            if let field = Self.mediaFields.first(where: input.has) { throw common.invalid("input.\(field)", "input.\(field) is not accepted with mode text-to-video") }
        case "first_and_last_frames":
            if let field = ["video_urls", "audio_urls"].first(where: input.has) {
                throw common.invalid("input.\(field)", "input.\(field) is only accepted with mode omni_reference")
            }
            guard (1...2).contains(references.images.count) else {
                throw common.invalid("input.image_urls", "first_and_last_frames needs 1-2 input.image_urls; got \(references.images.count)")
            }
        default:
            guard !references.isEmpty else {
                throw common.invalid("input.image_urls", "omni_reference needs input.image_urls, input.video_urls or input.audio_urls")
            }
            try media.checkCounts(references, fields: ("input.image_urls", "input.video_urls", "input.audio_urls"))
        }
        let resolution = try input.string("resolution", allowed: model.resolutions)
        let duration = try input.integer("duration", in: 4...15).map { Int($0) }
        let aspectRatio = try input.string("aspect_ratio", allowed: Self.aspectRatios)
        let sound = try input.bool("sound") ?? true
        _ = try input.bool("web_search")
        return APIXOCreateBody(
            callbackURL: callbackURL, prompt: prompt, resolution: resolution, duration: duration, sound: sound, aspectRatio: aspectRatio,
            params: .object(object), plannedOutcome: nil)
    }

    /// The links of the array `field` (absent: none), each an http(s) URL checked with `check(url, "input.field[i]")`.
    private func links(_ input: JSONFields, _ field: String, check: (String, String) throws -> Void) throws -> [String] {
        guard let items = try input.array(field) else { return [] }
        guard !items.isEmpty else { throw common.invalid("input.\(field)", "input.\(field) must hold at least one URL when given") }
        return try items.enumerated().map { index, item in
            let name = "input.\(field)[\(index)]"
            guard let text = item.stringValue, WebURLCheck.webURL(text) != nil else { throw common.invalid(name, "\(name) must be an http(s) URL") }
            try check(text, name)
            return text
        }
    }
}
