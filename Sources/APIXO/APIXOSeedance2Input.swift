import Foundation
import SeedanceCore

/// The `input` of a Seedance 2.0 create body (docs/dialects/apixo.md, "Seedance 2.0"): `{mode, prompt, image_urls?,
/// video_urls?, audio_urls?, resolution?, duration, aspect_ratio?, sound?, web_search?}`. `mode` follows from the
/// request (``Mode``); `duration` is always sent (APIXO marks it required; 5 s, its default, when unset); `adaptive` is
/// sent as `auto`. ``VideoRequest/extraFields`` join `input`.
enum APIXOSeedance2Input {
    /// APIXO's generation mode, derived from the neutral request.
    enum Mode: String {
        /// Text only.
        case textToVideo = "text-to-video"
        /// A first frame, optionally a last frame: `image_urls` holds one or two images.
        case firstAndLastFrames = "first_and_last_frames"
        /// Reference images, videos and audio clips.
        case omniReference = "omni_reference"

        /// The mode of `request`: references give `omni_reference`, a first frame `first_and_last_frames`, else
        /// `text-to-video`.
        ///
        /// - Throws: `SeedanceError` (`.invalidRequest`) when frames and references are both set: APIXO's one
        ///   `image_urls` list holds either frames or reference images, so the mix cannot be expressed.
        static func of(_ request: VideoRequest, provider: ProviderID, model: ModelID) throws -> Mode {
            let references = request.hasReferences
            let frames = request.firstFrame != nil || request.lastFrame != nil
            if references && frames {
                throw SeedanceError.invalid(
                    request.firstFrame != nil ? "firstFrame" : "lastFrame", value: nil,
                    allowed: "frames (first_and_last_frames) or references (omni_reference), not both", provider: provider, model: model,
                    reason: "cannot be combined with references: APIXO's image_urls carries one or the other")
            }
            return references ? .omniReference : frames ? .firstAndLastFrames : .textToVideo
        }
    }

    /// The `input` keys the SDK writes itself; extra fields may not use them.
    static let modelledKeys: Set<String> = [
        "mode", "prompt", "image_urls", "video_urls", "audio_urls", "resolution", "duration", "aspect_ratio", "sound", "web_search",
    ]

    /// The `input` object for a validated `request` on `model`.
    ///
    /// - Throws: `SeedanceError` (`.invalidRequest`) for frames mixed with references, or a medium that is not an
    ///   `http`/`https` URL (APIXO fetches every medium itself and takes no inline data and no assets).
    static func json(for request: VideoRequest, provider: ProviderID, model: ModelID) throws -> [String: JSONValue] {
        var input = request.extraFields.filter { !modelledKeys.contains($0.key) }
        let mode = try Mode.of(request, provider: provider, model: model)
        input["mode"] = .string(mode.rawValue)
        if let prompt = request.prompt { input["prompt"] = .string(prompt) }
        let images =
            mode == .omniReference
            ? request.referenceImages.enumerated().map { ("referenceImages[\($0.offset)]", $0.element) }
            : [("firstFrame", request.firstFrame), ("lastFrame", request.lastFrame)].compactMap { field, image in image.map { (field, $0) } }
        let lists: [(key: String, media: [(String, MediaInput)])] = [
            ("image_urls", images), ("video_urls", request.referenceVideos.enumerated().map { ("referenceVideos[\($0.offset)]", $0.element) }),
            ("audio_urls", request.referenceAudios.enumerated().map { ("referenceAudios[\($0.offset)]", $0.element) }),
        ]
        for (key, media) in lists where !media.isEmpty {
            input[key] = .array(try media.map { field, item in .string(try APIXORequestBody.remoteURL(item, field: field, provider: provider)) })
        }
        if let resolution = request.resolution { input["resolution"] = .string(resolution.rawValue) }
        switch request.duration ?? .seconds(5) {
        case .seconds(let seconds): input["duration"] = .integer(Int64(seconds))
        case let other: throw SeedanceError.invalid("duration", value: other.description, allowed: "4…15 seconds", provider: provider, model: model)
        }
        if let ratio = request.aspectRatio { input["aspect_ratio"] = .string(ratio == .adaptive ? "auto" : ratio.rawValue) }
        if let sound = request.generateAudio { input["sound"] = .bool(sound) }
        if let search = request.webSearch { input["web_search"] = .bool(search) }
        return input
    }
}
