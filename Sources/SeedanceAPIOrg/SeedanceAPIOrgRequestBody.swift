import Foundation
import SeedanceCore

/// The create body documented in docs/dialects/seedanceapi.md:
/// `{prompt, aspect_ratio?, resolution?, duration? (a string), generate_audio?, fixed_lens?, image_urls? (one URL),
/// callback_url?}`. Unset fields are omitted so the provider's defaults apply (1:1, 720p, "8", no audio, moving
/// camera). ``VideoRequest/extraFields`` are added at the top level.
enum SeedanceAPIOrgRequestBody {
    /// The keys the SDK writes itself; extra fields may not use them.
    static let modelledKeys: Set<String> = ["prompt", "aspect_ratio", "resolution", "duration", "generate_audio", "fixed_lens", "image_urls", "callback_url"]

    /// The body for a validated `request`. Throws `.invalidRequest` for an image that is not a remote URL.
    static func json(for request: VideoRequest, provider: ProviderID) throws -> JSONValue {
        var body = request.extraFields.filter { !modelledKeys.contains($0.key) }
        if let prompt = request.prompt { body["prompt"] = .string(prompt) }
        if let ratio = request.aspectRatio { body["aspect_ratio"] = .string(ratio.rawValue) }
        if let resolution = request.resolution { body["resolution"] = .string(resolution.rawValue) }
        if case .seconds(let seconds)? = request.duration { body["duration"] = .string(String(seconds)) }
        if let audio = request.generateAudio { body["generate_audio"] = .bool(audio) }
        if let fixed = request.cameraFixed { body["fixed_lens"] = .bool(fixed) }
        if let image = request.firstFrame {
            guard case .url(let url) = image, url.scheme?.lowercased() != "data" else {
                throw SeedanceError.invalid(
                    "firstFrame", value: image.summary, allowed: "an http or https URL", provider: provider,
                    reason: "is not accepted: seedanceapi.org takes image URLs only")
            }
            body["image_urls"] = [.string(url.absoluteString)]
        }
        if let callback = request.callbackURL { body["callback_url"] = .string(callback.absoluteString) }
        return .object(body)
    }
}
